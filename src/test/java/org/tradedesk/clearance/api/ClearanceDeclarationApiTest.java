package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clearance.messages.AustralianCusdec;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.TestSmtp;

/**
 * The declaration of a transaction end to end (P4.5.1–P4.5.3, P4.6.1–P4.6.2, O4.6.1): built from the file and its invoice
 * with the duty and tax figures of the tax engine, sent to the client over SMTP (GreenMail) in the contact's language,
 * confirmed with its code, lodged through the HTTP channel to a real in-process endpoint (JDK HttpServer) exactly as
 * confirmed and only once, the endpoint's CUSRES/NX901 reply and later responses read into the timeline, and the
 * document set ZIP with its PDF index read back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceDeclarationApiTest {

    @Autowired
    org.tradedesk.identity.UserAdministration users;

    /** The application's clock: "today" below is the day the code under test takes (BusinessCalendar / FileTime), not the server's. */
    @Autowired
    java.time.Clock clock;

    static final int SMTP = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(SMTP);

    /** What the customs endpoint received: message id header and body. */
    record Received(String messageId, String jurisdiction, byte[] body) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final HttpServer CUSTOMS = customs();

    static HttpServer customs() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/lodge", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String id = exchange.getRequestHeaders().getFirst("X-Message-Id");
                String jurisdiction = exchange.getRequestHeaders().getFirst("X-Jurisdiction");
                RECEIVED.add(new Received(id, jurisdiction, body));
                // the acknowledgement each administration sends: CUSRES "received" (function 11, no error) or NX901 收件完成
                String reply = "AU".equals(jurisdiction) ? """
                        UNB+UNOC:3+AUCUSTOMS+TRADEDESK+261206:1015+CR%s'
                        UNH+1+CUSRES:D:99B:UN'
                        BGM+961:::IMDR+%s:1+11'
                        DTM+137:202612061012:203'
                        UNT+4+1'
                        UNZ+1+CR%s'
                        """.formatted(id, id, id) : """
                        <Response><IssueDateTime>20261206093512</IssueDateTime><Status><NameCode>0000</NameCode></Status>
                        <Declaration><ID>%s</ID><AdditionalInformation><Content>收件完成</Content></AdditionalInformation>
                        <ResponsibleGovernmentAgency><ID>01</ID></ResponsibleGovernmentAgency></Declaration></Response>
                        """.formatted(id);
                byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        CUSTOMS.stop(0);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, SMTP);
        registry.add("tradedesk.clearance.lodgement.channel", () -> "http");
        registry.add("tradedesk.clearance.lodgement.url", () -> "http://127.0.0.1:" + CUSTOMS.getAddress().getPort() + "/lodge");
        // the N5107 test's 補辦期限 is the first Taiwan working day from two days on: before a long holiday (春節) that is
        // more than the default 3 days away, so the reminder window covers it whatever day the suite runs on
        registry.add("tradedesk.clearance.reminders.days", () -> "20");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    long clientId;
    long english;
    long chinese;
    ClearanceFiles files;

    @BeforeEach
    void client() {
        files = new ClearanceFiles(mvc);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("Southern Cross Outdoor Pty Ltd", ClientKind.IMPORTER, CountryCode.AU, null,
                PreferredLanguage.EN, null, null, null)).id();
        english = clients.addContact(new ClientId(clientId), new ContactDetails("Jane Lee", "jane@example.com.au", null, null,
                PreferredLanguage.EN)).id();
        chinese = clients.addContact(new ClientId(clientId), new ContactDetails("王小明", "ming@example.com.tw", null, null,
                PreferredLanguage.ZH_TW)).id();
    }

    static final String AU_DRAFT = """
            {"declarantId":"53004085616","importerId":"51824753556","exchangeRate":1.5,"freight":60,"insurance":0,
             "recommendation":"Claim ChAFTA on the T-shirts: the certificate of origin is on file.",
             "items":[{"line":1,"duty":"5%"},{"line":2,"preference":"ChAFTA","duty":"0%"}]}""";

    /** An Australian sea import, FOB, with a USD invoice of two lines typed by hand, documents complete. */
    long australianFile() throws Exception {
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"SYD-0042",
                 "importer":"Southern Cross Outdoor Pty Ltd","exporter":"Shenzhen Power Co., Ltd.",
                 "broker":"Harbour Customs Brokers Pty Ltd","portOfLoading":"CNSHA","portOfDischarge":"AUSYD"}""".formatted(clientId));
        files.invoice(id, """
                {"invoiceNumber":"SP-7781","issueDate":"2026-11-20","currency":"USD","incoterm":"FOB","sellerName":"Shenzhen Power Co., Ltd.",
                 "sellerCountry":"CN","totalAmount":3000,"packages":12,"grossMassKg":310,"lines":[
                  {"description":"Lithium-ion batteries 3.7 V","tariffCode":"8507600010","originCountry":"CN","quantity":100,"unitCode":"EA","amount":1000},
                  {"description":"Men's cotton T-shirts, knitted","tariffCode":"6109100027","originCountry":"CN","quantity":1200,"unitCode":"EA","amount":2000}]}""");
        // the transport document a sea import needs (without it the file's checks show an ERROR, which blocks lodging)
        files.transportDocument(id, "BILL_OF_LADING", "bl-" + id + ".txt", "B/L COSU" + id);
        // the ChAFTA claim of AU_DRAFT's line 2 rests on a certificate of origin in the file (issue 8 F1)
        files.transportDocument(id, "CERTIFICATE_OF_ORIGIN", "origin-cert-" + id + ".txt", "ChAFTA certificate of origin CN-2026-" + id);
        files.documentsComplete(id);
        return id;
    }

    /**
     * Issue 8 F1: a draft claiming a preference with no certificate of origin in the file is refused by validation, and so
     * is a preference the tax engine does not offer for the line's origin on the date (Japan is no party to ECFA), instead
     * of a lodgeable message at 0 %.
     */
    @Test
    void aPreferenceWithoutProofOrNotOfferedForTheOriginIsAnError() throws Exception {
        long au = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"SYD-F1",
                 "importer":"Southern Cross Outdoor Pty Ltd","exporter":"Shenzhen Power Co., Ltd.","portOfLoading":"CNSHA","portOfDischarge":"AUSYD"}"""
                .formatted(clientId));
        files.invoice(au, """
                {"invoiceNumber":"SP-F1","issueDate":"2026-11-20","currency":"USD","incoterm":"FOB","sellerName":"Shenzhen Power Co., Ltd.",
                 "sellerCountry":"CN","totalAmount":3000,"packages":12,"grossMassKg":310,"lines":[
                  {"description":"Lithium-ion batteries 3.7 V","tariffCode":"8507600010","originCountry":"CN","quantity":100,"unitCode":"EA","amount":1000},
                  {"description":"Men's cotton T-shirts, knitted","tariffCode":"6109100027","originCountry":"CN","quantity":1200,"unitCode":"EA","amount":2000}]}""");
        files.transportDocument(au, "BILL_OF_LADING", "bl-" + au + ".txt", "B/L COSU" + au);
        mvc.perform(post("/api/v1/clearance/transactions/" + au + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(AU_DRAFT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").doesNotExist())
                .andExpect(jsonPath("$.findings[?(@.rule == 'preference-no-proof')].path").value(org.hamcrest.Matchers.contains("items[2].preferenceClaimed")));
        long tw = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","incoterm":"CIF","reference":"TPE-F1",
                 "importer":"寶島電子有限公司","exporter":"Osaka Audio K.K."}""".formatted(clientId));
        files.invoice(tw, """
                {"invoiceNumber":"OA-1","issueDate":"2026-11-28","currency":"USD","incoterm":"CIF","sellerName":"Osaka Audio K.K.",
                 "sellerCountry":"JP","totalAmount":1000,"lines":[
                  {"description":"藍牙喇叭 Bluetooth speakers","tariffCode":"85182200006","originCountry":"JP","quantity":120,"unitCode":"SET","amount":1000}]}""");
        files.transportDocument(tw, "AIR_WAYBILL", "awb-" + tw + ".txt", "AWB 297-" + tw);
        files.transportDocument(tw, "CERTIFICATE_OF_ORIGIN", "coo-" + tw + ".txt", "Certificate of origin " + tw);
        mvc.perform(post("/api/v1/clearance/transactions/" + tw + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-TW").content("""
                                {"declarantId":"12345678","importerId":"87654321","exchangeRate":32.0,"exchangeRateReason":"Bank rate agreed with the client",
                                 "items":[{"line":1,"preference":"ECFA","duty":"0%"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[?(@.rule == 'preference-no-proof')]").isEmpty())
                .andExpect(jsonPath("$.findings[?(@.rule == 'preference-not-offered')].text.text")
                        .value(org.hamcrest.Matchers.contains(containsString("不就稅則號別 85182200006、產地 JP 提供 ECFA 優惠"))));
    }

    @Test
    void australianDeclarationFromDraftToConfirmationLodgementAndResponses() throws Exception {
        long id = australianFile();
        String base = "/api/v1/clearance/transactions/" + id;

        // ---- P4.5.3 the draft, its figures from the tax engine ----
        // Hand computation (USD 1 = AUD 1.5, FOB, freight USD 60 spread by value 1:2, Customs Act s159, GST Act s13-20):
        //   line 1: customs value 1000 × 1.5 = 1500.00; duty 5 % = 75.00; GST 10 % × (1500 + 75 + 30 T&I) = 160.50
        //   line 2: customs value 2000 × 1.5 = 3000.00; ChAFTA 0 % = 0.00; GST 10 % × (3000 + 0 + 60 T&I) = 306.00
        //   totals: customs value 4500.00; duties and taxes 75.00 + 160.50 + 0.00 + 306.00 = 541.50
        String draft1 = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(AU_DRAFT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.functionCode").value("9"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                // no AU schedule is loaded here: each statistical code is said to be checked for its form only (a warning)
                .andExpect(jsonPath("$.findings[*].rule", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("stat-code-unchecked"))))
                .andExpect(jsonPath("$.findings[*].severity", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("WARNING"))))
                .andExpect(jsonPath("$.findings[*].path", org.hamcrest.Matchers.containsInAnyOrder("items[1].statisticalCode",
                        "items[2].statisticalCode")))
                .andExpect(jsonPath("$.sha256").exists())
                .andExpect(jsonPath("$.declaration.reference").value("SYD-0042"))
                .andExpect(jsonPath("$.declaration.importer.name").value("Southern Cross Outdoor Pty Ltd"))
                .andExpect(jsonPath("$.declaration.declarant.name").value("Harbour Customs Brokers Pty Ltd"))
                .andExpect(jsonPath("$.declaration.items[0].tariffCode").value("85076000"))
                .andExpect(jsonPath("$.declaration.items[0].statisticalCode").value("10"))
                .andExpect(jsonPath("$.declaration.items[1].preferenceClaimed").value("ChAFTA"))
                .andExpect(jsonPath("$.declaration.items[0].customsValue").value(1500.00))
                .andExpect(jsonPath("$.declaration.items[1].customsValue").value(3000.00))
                .andExpect(jsonPath("$.declaration.customsValueTotal").value(4500.00))
                .andExpect(jsonPath("$.declaration.dutiesAndTaxesTotal").value(541.50))
                .andReturn().getResponse().getContentAsString();
        long d1 = ((Number) JsonPath.read(draft1, "$.id")).longValue();
        String code1 = JsonPath.read(draft1, "$.sha256").toString().substring(0, 12);
        Map<String, BigDecimal> line1 = taxes(draft1, 0);
        assertThat(line1).containsOnly(Map.entry("CUD", new BigDecimal("75.00")), Map.entry("GST", new BigDecimal("160.50")));
        assertThat(taxes(draft1, 1)).containsEntry("CUD", new BigDecimal("0.00")).containsEntry("GST", new BigDecimal("306.00"));

        // the message is a CUSDEC D99B the standard parser reads back to the same declaration
        byte[] message = mvc.perform(get(base + "/declarations/" + d1 + "/message")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(message)).startsWith(code1);
        DeclarationMessage read = AustralianCusdec.read(message);
        assertThat(read.customsValueTotal()).isEqualByComparingTo("4500.00");
        assertThat(new String(message, StandardCharsets.UTF_8)).contains("UNB+UNOC:3+53004085616+AUCUSTOMS", "+TD" + id + "R1'", "BGM+929");
        assertThat(sha256(mvc.perform(get(base + "/declaration").param("format", "cusdec")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray())).isEqualTo(sha256(message));
        mvc.perform(get(base + "/declaration").param("format", "wco")).andExpect(status().isOk())
                .andExpect(content().string(containsString("urn:wco:datamodel:WCO:DEC-DMS:2")));
        mvc.perform(get(base + "/declaration").param("format", "xml").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.declaration.format"));

        // ---- lodging before the client confirmed: refused, nothing sent ----
        mvc.perform(post(base + "/declarations/" + d1 + "/lodgement").header("Accept-Language", "en"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.declaration.not-confirmed"));
        assertThat(RECEIVED).noneMatch(r -> r.messageId().startsWith("TD" + id + "R"));

        // ---- P4.5.1/P4.5.2 the recommendation to the client, in the contact's language ----
        // acceptance review F8: signed as the client query is — the coordinator's display name, not the login — with Reply-To
        // the coordinator's own address
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("admin", "x", "ROLE_ADMIN"));
        if (users.list().stream().noneMatch(u -> u.username().equals("coordinator"))) {
            users.create(new org.tradedesk.identity.NewUser("coordinator", "林美華", java.util.Set.of(org.tradedesk.identity.Role.COORDINATOR),
                    "correct horse battery staple 42", "mei.lin@harbour.example.tw", "zh-TW"));
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        greenMail.reset();
        mvc.perform(post(base + "/declarations/" + d1 + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + chinese + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.sentTo").value("王小明 <ming@example.com.tw>"));
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("報單 SYD-0042 第 1 版：敬請確認");
        String body = text(mail);
        assertThat(body).contains("王小明 您好", "確認碼 " + code1, "Claim ChAFTA on the T-shirts", "完稅價格：AUD 4,500.00",
                "稅費：AUD 541.50", "ChAFTA").doesNotContain("Dear").doesNotContain("coordinator");
        assertThat(body.strip()).endsWith("林美華 敬上");
        assertThat(((jakarta.mail.internet.InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("mei.lin@harbour.example.tw");
        // the message goes with the mail; SMTP carries its text with CRLF line ends
        assertThat(new String(attachment(mail), StandardCharsets.UTF_8).replace("\r\n", "\n")).isEqualTo(new String(message, StandardCharsets.UTF_8));

        // the wrong code is another version: refused at the field
        mvc.perform(post(base + "/declarations/" + d1 + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{\"contactId\":" + chinese + ",\"code\":\"000000000000\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.declaration.code-mismatch"))
                // acceptance review of issue 8 (5): the refusal never prints the expected code (it did: 「…確認碼（044380d3eafe）」)
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(code1))))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(code1))));
        // acceptance review F10: a confirmation time out of range was written as ISO UTC (「確認時間 2027-01-01T00:00:00Z 須介於…」):
        // in the reader's date-time format, in the file's zone (Sydney, UTC+11 in January), named
        mvc.perform(post(base + "/declarations/" + d1 + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-TW")
                        .content("{\"contactId\":" + chinese + ",\"code\":\"" + code1 + "\",\"confirmedAt\":\"2099-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.declaration.confirmed-at"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("確認時間 2099/01/01 11:00:00（雪梨時間） 須介於")));
        mvc.perform(post(base + "/declarations/" + d1 + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"contactId\":" + chinese + ",\"code\":\"" + code1 + "\",\"confirmedAt\":\"2099-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("1 Jan 2099 11:00:00 (Sydney time)")));
        mvc.perform(post(base + "/declarations/" + d1 + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactId\":" + chinese + ",\"code\":\"" + code1 + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.confirmedBy").value("王小明"))
                .andExpect(jsonPath("$.confirmedSha256").value(sha256(message)))
                .andExpect(jsonPath("$.confirmationRecordedBy").value("coordinator"));

        // ---- a change after the confirmation is a new draft, and needs a new confirmation ----
        String draft2 = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .content(AU_DRAFT.replace("\"insurance\":0", "\"insurance\":15")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.revision").value(2)).andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getContentAsString();
        long d2 = ((Number) JsonPath.read(draft2, "$.id")).longValue();
        String code2 = JsonPath.read(draft2, "$.sha256").toString().substring(0, 12);
        assertThat(code2).isNotEqualTo(code1);
        mvc.perform(get(base + "/declarations/" + d1)).andExpect(jsonPath("$.status").value("SUPERSEDED"));
        mvc.perform(post(base + "/declarations/" + d1 + "/lodgement").header("Accept-Language", "zh-TW"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.declaration.superseded"))
                .andExpect(jsonPath("$.detail").value("草稿 1 已由較新的草稿變更：較新的草稿須經客戶確認。"));
        mvc.perform(post(base + "/declarations/" + d2 + "/lodgement")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.declaration.not-confirmed"));
        greenMail.reset();
        mvc.perform(post(base + "/declarations/" + d2 + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + english + "}"))
                .andExpect(status().isOk());
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("Declaration SYD-0042, version 1: please confirm");
        assertThat(text(greenMail.getReceivedMessages()[0])).contains("Dear Jane Lee", "confirmation code " + code2);
        assertThat(text(greenMail.getReceivedMessages()[0]).replace("\r\n", "\n").strip()).endsWith("Kind regards,\n林美華");
        // t4fixAE 7: the refusal numbers the declaration as the mail does (version 1), not by the draft's revision (2)
        mvc.perform(post(base + "/declarations/" + d2 + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-TW").content("{\"contactId\":" + english + ",\"code\":\"000000000000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不是第 1 版報單的確認碼")));
        mvc.perform(post(base + "/declarations/" + d2 + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{\"contactId\":" + english + ",\"code\":\"000000000000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not the confirmation code of version 1 of the declaration")));
        mvc.perform(post(base + "/declarations/" + d2 + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactId\":" + english + ",\"code\":\"" + code2 + "\"}"))
                .andExpect(status().isOk());

        // ---- P4.6.2 lodgement: exactly the confirmed bytes, once ----
        byte[] confirmed = mvc.perform(get(base + "/declarations/" + d2 + "/message")).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(post(base + "/declarations/" + d2 + "/lodgement"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.lodgedAt").exists());
        // a second lodgement sends nothing and says so (acceptance review: it silently answered 200 LODGED)
        mvc.perform(post(base + "/declarations/" + d2 + "/lodgement").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.declaration.lodged-already"))
                .andExpect(jsonPath("$.detail").value(containsString("already lodged on")));
        mvc.perform(post(base + "/declarations/" + d2 + "/lodgement").header("Accept-Language", "zh-TW"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("已於")));
        List<Received> got = RECEIVED.stream().filter(r -> r.messageId().equals("TD" + id + "R2")).toList();
        assertThat(got).hasSize(1);
        assertThat(sha256(got.get(0).body())).isEqualTo(sha256(confirmed));
        assertThat(sha256(got.get(0).body())).startsWith(code2);
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("DECLARED"));

        // the endpoint's CUSRES acknowledgement was read back; a later rejection moves the declaration
        String rejection = """
                UNB+UNOC:3+AUCUSTOMS+TRADEDESK01+261206:1015+CR2612060001'
                UNH+1+CUSRES:D:99B:UN'
                BGM+961:::IMDR+TD%dR2:1+27'
                DTM+137:202612061012:203'
                ERP+:2'
                ERC+ITM0042'
                FTX+AAO+++PREFERENCE CLAIM REQUIRES ORIGIN DECLARATION NUMBER'
                UNT+7+1'
                UNZ+1+CR2612060001'
                """.formatted(id);
        mvc.perform(post(base + "/responses").contentType(MediaType.parseMediaType("application/EDIFACT"))
                        .content(rejection.getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("REJECTED"))
                .andExpect(jsonPath("$.response.errors[0].code").value("ITM0042"));
        mvc.perform(get(base + "/responses")).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].response.kind").value("RECEIVED")).andExpect(jsonPath("$[0].receivedVia").value("HTTP"));
        mvc.perform(get(base + "/declarations/" + d2)).andExpect(jsonPath("$.status").value("REJECTED"));
        // issue 8 item 3: a later acknowledgement of the same version does not undo the rejection (it was set back to ACCEPTED)
        String laterAck = """
                UNB+UNOC:3+AUCUSTOMS+TRADEDESK01+261206:1030+CR2612060002'
                UNH+1+CUSRES:D:99B:UN'
                BGM+961:::IMDR+TD%dR2:1+29'
                DTM+137:202612061030:203'
                GIS+1'
                UNT+5+1'
                UNZ+1+CR2612060002'
                """.formatted(id);
        mvc.perform(post(base + "/responses").contentType(MediaType.parseMediaType("application/EDIFACT"))
                        .content(laterAck.getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("RECEIVED"));
        mvc.perform(get(base + "/declarations/" + d2)).andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(
                        // with the goods item and the administration's text (acceptance review of issue 8)
                        containsString("rejected (declaration version 1, codes ITM0042 (item 2): PREFERENCE CLAIM REQUIRES"
                                + " ORIGIN DECLARATION NUMBER)"))));
        // a broken response: 400 naming where in the reader's language, nothing recorded
        mvc.perform(post(base + "/responses").contentType(MediaType.parseMediaType("application/EDIFACT")).header("Accept-Language", "zh-TW")
                        .content(rejection.replace("UNT+7+1'", "UNT+6+1'").getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("區段 UNT")));
        mvc.perform(get(base + "/responses")).andExpect(jsonPath("$", hasSize(3)));

        // ---- an amendment: the next draft after a lodgement is version 2 with function code 4 ----
        String amendment = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(AU_DRAFT))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.functionCode").value("4"))
                .andReturn().getResponse().getContentAsString();
        byte[] v2 = mvc.perform(get(base + "/declarations/" + JsonPath.read(amendment, "$.id") + "/message")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(v2, StandardCharsets.UTF_8)).contains("BGM+929:::IMD+SYD-0042:2+4'");
        mvc.perform(get(base + "/declarations/" + d2)).andExpect(jsonPath("$.status").value("REJECTED"));

        // an issue with a chosen solution and a dispute: their reports and letter belong to the set (review of issue 8)
        long issue = ((Number) JsonPath.read(mvc.perform(post(base + "/issues").contentType(MediaType.APPLICATION_JSON).content("""
                {"description":"Certificate of origin late","implications":"ChAFTA rate at risk","likelihood":3,"impact":4,"owner":"coordinator"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        String withAlternative = mvc.perform(post(base + "/issues/" + issue + "/alternatives").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"BONDED_STORAGE","benefits":"Time to obtain the certificate","costAmount":420,"costCurrency":"AUD",
                 "legalRequirements":"Customs Act 1901 s 71E","risks":"storage fees","riskManagement":"30 days","likelihood":2,"impact":2}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post(base + "/issues/" + issue + "/choice").contentType(MediaType.APPLICATION_JSON).content("""
                {"alternativeId":%d,"version":%d,"reasons":"Keeps the preference open","regulationReferences":"Customs Act 1901 s 71E",
                 "confirmedBy":"Jane Lee","confirmedAt":"%s"}""".formatted(
                ((Number) JsonPath.read(withAlternative, "$.alternatives[0].id")).longValue(),
                ((Number) JsonPath.read(withAlternative, "$.version")).longValue(),
                // the client confirms after the issue was raised (a confirmation before the issue is refused, issue 8 item 4)
                java.time.Instant.now()))).andExpect(status().isOk());
        java.time.LocalDate paid = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.AU).minusDays(2);
        long dispute = ((Number) JsonPath.read(mvc.perform(post(base + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"VALUATION_UPLIFT","decisionReference":"ABF-2026-118","decisionSummary":"Royalties added to the customs value",
                 "noticeReceived":"%s","paidOn":"%s","amount":"3150.40","currency":"AUD","clientNeeds":"Refund"}""".formatted(paid, paid)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();

        // ---- O4.6.1 the document set: every file, its SHA-256 in the PDF index, the retention period ----
        byte[] zip = mvc.perform(get(base + "/document-set").header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactly("index.pdf", entries.keySet().stream().filter(k -> k.endsWith("-captured-invoice.json"))
                .findFirst().orElseThrow(), entries.keySet().stream().filter(k -> k.endsWith("-bl-" + id + ".txt")).findFirst()
                .orElseThrow(), entries.keySet().stream().filter(k -> k.endsWith("-origin-cert-" + id + ".txt")).findFirst()
                .orElseThrow(), "declarations/v1-TD" + id + "R2.edi",
                // issue 8: each response by its kind, customs' date and customs' reference, not response-<id>; the lodgement
                // channel's acknowledgement first, then the rejection (BGM 27, DTM 2026-12-06), then the acknowledgement received
                // after it (the rejection stands, the response is kept) — of the same kind, date and reference as the first, so
                // told apart before the extension
                "responses/received-2026-12-06-TD" + id + "R2.edi", "responses/rejected-2026-12-06-TD" + id + "R2.edi",
                "responses/received-2026-12-06-TD" + id + "R2-2.edi", "worksheet/declaration-v1-r2-worksheet.xlsx",
                // the issue by its number in the file, the dispute by its kind and customs' decision reference, not their ids
                "findings/findings.xlsx", "issues/issue-1-evaluation.pdf", "issues/issue-1-solution.pdf",
                "disputes/valuation-uplift-ABF-2026-118-letter.pdf", "summary.pdf");
        long firstResponse = firstResponse(base);
        assertThat(entries.keySet()).noneMatch(k -> k.contains("response-" + firstResponse) || k.contains("dispute-" + dispute));
        // the worksheet: the engine's figures of the lodged declaration (version 1, draft 2), item by item, and its totals
        String lodged = mvc.perform(get(base + "/declarations/" + d2)).andReturn().getResponse().getContentAsString();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(
                entries.get("worksheet/declaration-v1-r2-worksheet.xlsx")))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("報單計算表：稅費");
            List<String> cells = new java.util.ArrayList<>();
            sheet.forEach(r -> r.forEach(c -> cells.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c))));
            // hand check: line 1 USD 1000 × 1.5 = AUD 1500 customs value, CUD 5 % = 75.00
            // acceptance review F10: the taxes by their names in the reader's language, not CUD / GST
            assertThat(cells).contains("85076000", "61091000", "關稅", "商品及服務稅", "1,500.00", "75.00", "稅費合計", "完稅價格合計")
                    .doesNotContain("CUD", "GST");
            double total = ((Number) JsonPath.read(lodged, "$.declaration.dutiesAndTaxesTotal")).doubleValue();
            boolean found = false;
            for (var r : sheet) {
                if (r.getCell(0) != null && "稅費合計".equals(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(r.getCell(0)))) {
                    found = r.getCell(12).getNumericCellValue() == total; // t4fixM: invoice and line columns added
                }
            }
            assertThat(found).as("duties total %s in the worksheet", total).isTrue();
            // t4fixM: the AU GST base checkable by hand. Draft 2: (freight USD 60 + insurance USD 15) × 1.5 = AUD 112.50, a live
            // formula; shared by value 1:2 → line 1 37.50, line 2 75.00; line 1's GST base 1,500.00 + 37.50 + 75.00 duty =
            // 1,612.50 rebuilt by formula beside the engine's; each item's source invoice SP-7781 and line
            List<Double> formulaValues = new java.util.ArrayList<>();
            List<Double> numbers = new java.util.ArrayList<>();
            sheet.forEach(r -> r.forEach(c -> {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    formulaValues.add(c.getNumericCellValue());
                } else if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    numbers.add(c.getNumericCellValue());
                }
            }));
            assertThat(cells).contains("SP-7781");
            assertThat(numbers).contains(37.5, 75.0, 1612.5);
            assertThat(formulaValues).contains(112.5, 1612.5, total);
        }
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(entries.get("findings/findings.xlsx")))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("文件檢查結果");
        }
        for (String report : List.of("issues/issue-1-solution.pdf", "disputes/valuation-uplift-ABF-2026-118-letter.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(entries.get(report))) {
                assertThat(new PDFTextStripper().getText(pdf)).as(report).contains(report.startsWith("issues") ? "Keeps the preference open" : "ABF-2026-118");
            }
        }
        // the PDF summary alone (format=pdf), in both languages: file, parties, declaration totals, issues and choice, responses, retention
        for (String language : List.of("zh-TW", "en")) {
            byte[] summary = mvc.perform(get(base + "/document-set").param("format", "pdf").header("Accept-Language", language))
                    .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(summary).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            try (PDDocument pdf = Loader.loadPDF(summary)) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                // clearance's one rule of figures (ClearanceFigures, t4fixW): the code, then the amount grouped to the cent for AUD
                String total = "AUD" + new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                        .format(new java.math.BigDecimal(JsonPath.read(lodged, "$.declaration.dutiesAndTaxesTotal").toString()));
                assertThat(text).contains(total, "SouthernCrossOutdoorPtyLtd", "ShenzhenPowerCo.,Ltd.", "HarbourCustomsBrokersPtyLtd",
                        "Certificateoforiginlate", "Keepsthepreferenceopen", "CustomsAct1901s240");
                if (language.equals("zh-TW")) {
                    // the file named by its reference, not our id (review of issue 8)
                    // the bonded storage typed by hand as A$420.00 is rent on top of the duty and tax the newest declaration
                    // (the amendment, AU_DRAFT: 541.50) computes: 961.50, comparable with the engine's totals (t4fixM)
                    assertThat(text).contains("通關案件SYD-0042摘要", "關係人", "報單（合計金額來自稅費試算引擎）", "問題與所選解決方案", "海關回應",
                            "保存5年", "澳洲CUSRES", "保稅倉儲（AUD961.50）").doesNotContain("Summary", "Parties");
                } else {
                    assertThat(text).contains("Summaryofclearancefile" + "SYD-0042", "Parties", "Declarations(totalsfromthetaxengine)",
                            "Issuesandchosensolutions", "Customsresponses", "Kept5years", "(AUD961.50)").doesNotContain("（");
                }
                for (var page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                    }
                }
            }
        }
        assertThat(sha256(entries.get("declarations/v1-TD" + id + "R2.edi"))).isEqualTo(sha256(confirmed));
        assertThat(new String(entries.get("responses/rejected-2026-12-06-TD" + id + "R2.edi"), StandardCharsets.ISO_8859_1))
                .isEqualTo(rejection);
        try (PDDocument pdf = Loader.loadPDF(entries.get("index.pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("案件SYD-0042通關文件集", "保存5年", "期滿前不得刪除", "CustomsAct1901s240", "報單第1版");
            // review m15: an Australian set gives its times in Sydney time; M7: a date and time stay whole on one line
            // in the reader's format (2026/12/07 09:30), the Date column no longer cuts "2026-12-07 00:" from its minutes
            String lines = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("製作時間（雪梨時間）").doesNotContain("臺北時間");
            assertThat(text).contains("澳洲CUSRES·").doesNotContain("CUSRES_D99B");
            // review: dates inside sentences in the reader's format, not ISO ("retention from 2026-12-06, until 2031-12-06")
            assertThat(java.util.regex.Pattern.compile("自(\\d{4}/\\d{2}/\\d{2})起保存5年，至(\\d{4}/\\d{2}/\\d{2})（").matcher(text).find())
                    .as(text).isTrue();
            assertThat(java.util.regex.Pattern.compile("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}").matcher(lines).results().count())
                    .isGreaterThanOrEqualTo(entries.size());
            // review M6: each SHA-256 read glyph by glyph (no ligature normalisation) is the file's hash
            StringBuilder glyphs = new StringBuilder();
            new PDFTextStripper() {
                @Override
                protected void writeString(String s, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> glyphs.append(p.getUnicode()));
                }
            }.getText(pdf);
            assertThat(glyphs.toString()).doesNotContain("\uFB00", "\uFB01", "\uFB03");
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (!e.getKey().equals("index.pdf")) {
                    assertThat(text).as(e.getKey()).contains(sha256(e.getValue()));
                }
            }
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }

        // acceptance review F12c: a newest draft with validation errors made GET /declaration answer "Draft 3 has validation
        // errors" (read as declaration id) with the lodged version reachable only by its id: the detail names the draft and
        // message version and where the lodged version is, and ?version= serves it
        String broken = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .content(AU_DRAFT.replace("\"preference\":\"ChAFTA\"", "\"preference\":\"NOT-A-PREFERENCE\"")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sha256").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        int brokenRevision = ((Number) JsonPath.read(broken, "$.revision")).intValue();
        mvc.perform(get(base + "/declaration").param("format", "cusdec").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.declaration.newest-not-lodgeable.lodged"))
                .andExpect(jsonPath("$.detail").value(containsString("(draft " + brokenRevision + ", message version 2)")))
                .andExpect(jsonPath("$.detail").value(containsString("The lodged message version 1 is served with ?version=1")))
                .andExpect(jsonPath("$.lodgedVersion").value(1))
                .andExpect(jsonPath("$.lodgedMessage").value(base + "/declarations/" + d2 + "/message"));
        mvc.perform(get(base + "/declaration").param("format", "cusdec").header("Accept-Language", "zh-TW"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已申報的訊息第 1 版可以 ?version=1 取得")));
        assertThat(sha256(mvc.perform(get(base + "/declaration").param("format", "cusdec").param("version", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())).isEqualTo(sha256(confirmed));
        mvc.perform(get(base + "/declaration").param("version", "7").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    /**
     * Taiwan: the single-window XML lodged, the NX901 receipt read back from the endpoint, the N5116 release releases the
     * declaration and the file; a closed file takes no new draft.
     */
    @Test
    void taiwanDeclarationIsLodgedAndReleasedByTheN5116Response() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345678", "SA-1");
        String base = ClearanceFiles.base(id);
        files.documentsComplete(id);
        // CIF USD 1000 × 32 = TWD 32,000 customs value; duty 0 %; business tax 5 % × (32,000 + 0) = 1,600 (加值型及非加值型營業稅法 §20)
        String draft = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                         "items":[{"line":1,"duty":"0%"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("TW_XML"))
                .andExpect(jsonPath("$.findings", hasSize(0)))
                .andExpect(jsonPath("$.declaration.items[0].tariffCode").value("85182200006"))
                .andExpect(jsonPath("$.declaration.items[0].customsValue").value(32000))
                .andReturn().getResponse().getContentAsString();
        assertThat(taxes(draft, 0)).containsEntry("DUTY", new BigDecimal("0.00")).containsEntry("VAT", new BigDecimal("1600.00"));
        long d = ((Number) JsonPath.read(draft, "$.id")).longValue();
        String code = JsonPath.read(draft, "$.sha256").toString().substring(0, 12);
        // review F5: the message keeps to the customs' field list (formats, mandatory elements), with the file's particulars
        byte[] xml = mvc.perform(get(base + "/declaration").param("format", "xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        org.tradedesk.clearance.messages.TaiwanFieldList.Report fieldList = org.tradedesk.clearance.messages.TaiwanFieldList.n5135().check(xml);
        assertThat(fieldList.breaches()).isEmpty();
        assertThat(fieldList.missing().keySet()).containsExactlyInAnyOrder("/Declaration/Agent/RoleCode", "/Declaration/Agent/tw_SubBoxID",
                "/Declaration/GoodsShipment/Consignment/TransportContractDocument",
                "/Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/GovernmentProcedure", "/Declaration/tw_ExpressCarrier");
        assertThat(new String(xml, StandardCharsets.UTF_8).replaceAll(">\\s+<", "><")).contains("<JourneyID>CI5148</JourneyID>",
                "<GoodsLocation><ID>C2036</ID></GoodsLocation>", "<TransportContractDocument><ID>29712345675</ID>",
                "<Name>Formosa Island Electronics Co., Ltd.</Name><tw_ChineseName>寶島電子有限公司</tw_ChineseName><tw_TypeCode>1</tw_TypeCode>",
                "<Address><Line>No. 1, Sec. 1, Zhongshan Rd., Taipei City</Line></Address>", "<RepresentativePerson><Name>10321</Name>",
                "<tw_DutyMethodCode>1</tw_DutyMethodCode>", "<Packaging><TypeCode>CTN</TypeCode></Packaging>", "<TypeCode>41</TypeCode>")
                .doesNotContain(">DUTY<", ">VAT<", ">TPF<");
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + chinese + "}"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + chinese + ",\"code\":\"" + code + "\"}")).andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/lodgement")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        Received lodged = RECEIVED.stream().filter(r -> r.messageId().equals("TD" + id + "R1")).findFirst().orElseThrow();
        assertThat(lodged.jurisdiction()).isEqualTo("TW");
        assertThat(new String(lodged.body(), StandardCharsets.UTF_8)).contains("<ID>AA15AB12345678</ID>", "<FunctionCode>9</FunctionCode>");
        String release = """
                <Response>
                  <FunctionCode>9</FunctionCode>
                  <Status><NameCode>C1</NameCode><ReleaseDateTime>20261207081530</ReleaseDateTime></Status>
                  <Declaration><ID>AA15AB12345678</ID></Declaration>
                </Response>
                """;
        mvc.perform(multipart(base + "/responses").file(new MockMultipartFile("file", "n5116.xml", "application/xml",
                        release.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("RELEASED"))
                .andExpect(jsonPath("$.response.channel").value("C1"));
        mvc.perform(get(base + "/declarations/" + d)).andExpect(jsonPath("$.status").value("RELEASED"));
        String file = mvc.perform(get(base)).andExpect(jsonPath("$.status").value("RELEASED"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("海關回應 臺灣 N5116：放行"))));
        // review: clock times in the file's zone, named (was the server's UTC with no zone)
        assertThat(mvc.perform(get("/clearance/transactions/" + id + "/declaration").param("lang", "zh-TW")).andReturn().getResponse()
                .getContentAsString()).containsPattern("id=\"declaration-lodged\">\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}（臺北時間）<")
                // t4fixQ 6: the CCC code as Taiwan writes it (0000.00.00.00-0), not the raw 11 digits
                .containsPattern("class=\"declaration-tariff\">\\d{4}\\.\\d{2}\\.\\d{2}\\.\\d{2}-\\d<");
        // the NX901 receipt read back at the lodgement and the N5116 release
        mvc.perform(get(base + "/responses")).andExpect(jsonPath("$", hasSize(2)));
        // t4fixW: the summary.pdf says the TWD totals in whole NT$ (it printed 32,000.00 TWD and 1,600.00 TWD)
        java.math.BigDecimal customsValue = new java.math.BigDecimal(JsonPath.read(draft, "$.declaration.customsValueTotal").toString());
        java.math.BigDecimal duties = new java.math.BigDecimal(JsonPath.read(draft, "$.declaration.dutiesAndTaxesTotal").toString());
        for (String language : List.of("zh-TW", "en")) {
            byte[] summary = mvc.perform(get(base + "/document-set").param("format", "pdf").header("Accept-Language", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument pdf = Loader.loadPDF(summary)) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                String cv = String.format(java.util.Locale.ROOT, "%,d", customsValue.intValueExact());
                String dt = String.format(java.util.Locale.ROOT, "%,d", duties.intValueExact());
                assertThat(text).as(language).contains("TWD" + cv, "TWD" + dt).doesNotContain(cv + ".00", dt + ".00");
            }
        }
        mvc.perform(post(base + "/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"CLOSED\",\"version\":" + JsonPath.read(file, "$.version") + "}")).andExpect(status().isOk());
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("{\"exchangeRate\":32}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.transaction.closed"));
        // issue 8 item 2: a closed file takes no customs response (was 201, a history line and a deadline nobody sees)
        String n5107 = """
                <Response>
                  <FunctionCode>9</FunctionCode>
                  <Status><NameCode>C2</NameCode></Status>
                  <Declaration><ID>AA15AB12345678</ID></Declaration>
                </Response>
                """;
        mvc.perform(multipart(base + "/responses").file(new MockMultipartFile("file", "n5107.xml", "application/xml",
                        n5107.getBytes(StandardCharsets.UTF_8))).header("Accept-Language", "zh-TW"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.transaction.closed"));
        // still the two of before the file was closed: the refused N5107 is not kept
        mvc.perform(get(base + "/responses")).andExpect(jsonPath("$", hasSize(2)));
    }

    /**
     * Review F5: a Taiwan file without the particulars the single-window declaration requires gets a draft with an ERROR
     * finding for each, in the reader's language and named by the field list's Chinese name — no message, nothing to send.
     */
    @Test
    void aTaiwanFileWithoutTheDeclarationsParticularsGetsAnErrorForEach() throws Exception {
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","incoterm":"CIF","reference":"AA15AB12345670",
                 "importer":"寶島電子有限公司","exporter":"Shenzhen Audio Co.","portOfLoading":"CNSZX"}""".formatted(clientId));
        files.invoice(id, """
                {"invoiceNumber":"SA-F5","issueDate":"2026-11-28","currency":"USD","incoterm":"CIF","sellerName":"Shenzhen Audio Co.",
                 "sellerCountry":"CN","totalAmount":1000,"packages":12,"grossMassKg":96.5,"lines":[
                  {"description":"藍牙喇叭 Bluetooth speakers","tariffCode":"85182200006","originCountry":"CN","quantity":120,"unitCode":"SET","amount":1000}]}""");
        files.transportDocument(id, "AIR_WAYBILL", "awb-" + id + ".txt", "AWB 297-" + id);
        String base = ClearanceFiles.base(id);
        String draft = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content("""
                        {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                         "items":[{"line":1,"duty":"0%"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").doesNotExist())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> texts = JsonPath.read(draft, "$.findings[?(@.severity == 'ERROR')].text.text");
        assertThat(texts).contains("主提單號碼為必填。", "船舶航次（海）／航機班次（空）為必填。", "卸存地點代碼為必填。", "件數單位為必填。",
                "專責報關人員代號為必填。", "身分識別代碼為必填。", "進口人（納稅義務人）英文地址為必填。", "海關稅費繳納方式代碼為必填。",
                "進口人（納稅義務人）英文名稱為必填。", "進口日期為必填。");
        long d = ((Number) JsonPath.read(draft, "$.id")).longValue();
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + chinese + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.declaration.not-lodgeable"));
    }

    /**
     * T4 code read R7: an Australian file whose importer is named in Chinese was refused at "importer" on every draft. The
     * importer's English name on the file is declared; without one, the refusal says to add it, at importerEnglishName.
     */
    @Test
    void anAustralianDraftDeclaresTheImportersEnglishNameOrAsksForIt() throws Exception {
        String file = """
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"SYD-0R7%s",
                 "importer":"寶島電子有限公司","exporter":"Lyon Tableware SA","broker":"Harbour Customs Brokers Pty Ltd",
                 "portOfLoading":"CNSHA","portOfDischarge":"AUSYD","customs":{"transportDocumentNumber":"CMDU4412907","journeyId":"0FL3RE1MA"%s}}""";
        String invoice = """
                {"invoiceNumber":"LT-R7","issueDate":"2026-11-20","currency":"USD","incoterm":"FOB","sellerName":"Lyon Tableware SA",
                 "sellerCountry":"FR","totalAmount":1000,"packages":12,"grossMassKg":310,"lines":[
                  {"description":"Stoneware bowls","tariffCode":"8507600010","originCountry":"FR","quantity":100,"unitCode":"EA","amount":1000}]}""";
        String draft = """
                {"declarantId":"53004085616","importerId":"51824753556","exchangeRate":1.5,"exchangeRateReason":"bank rate of the day",
                 "items":[{"line":1,"duty":"5%"}]}""";
        long without = files.transaction(file.formatted(clientId, "A", ""));
        files.invoice(without, invoice);
        mvc.perform(post(ClearanceFiles.base(without) + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(draft))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.declaration.charset-party.importer"))
                .andExpect(jsonPath("$.errors[0].field").value("importerEnglishName"))
                .andExpect(jsonPath("$.detail").value(containsString("Add the importer’s name in English on the file")));
        long with = files.transaction(file.formatted(clientId, "B", ",\"importerEnglishName\":\"Formosa Electronics Co., Ltd.\""));
        files.invoice(with, invoice);
        mvc.perform(post(ClearanceFiles.base(with) + "/declarations").contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.importer.name").value("Formosa Electronics Co., Ltd."));
    }

    /**
     * T4 code read R8: an invoice already in the jurisdiction's own currency (TWD on a Taiwan file) converts at 1; a rate of
     * 32 typed for it was taken (a customs value 32 times the invoice's). Refused at exchangeRate; 1 is accepted.
     */
    @Test
    void aRateTypedForAnInvoiceInTheLocalCurrencyIsRefused() throws Exception {
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","incoterm":"CIF","reference":"AA15AB12345688",
                 "importer":"寶島電子有限公司","exporter":"Taipei Audio Co.","portOfLoading":"CNSZX"}""".formatted(clientId));
        files.invoice(id, """
                {"invoiceNumber":"TW-R8","issueDate":"2026-11-28","currency":"TWD","incoterm":"CIF","sellerName":"Taipei Audio Co.",
                 "sellerCountry":"CN","totalAmount":32000,"packages":12,"grossMassKg":96.5,"lines":[
                  {"description":"藍牙喇叭 Bluetooth speakers","tariffCode":"85182200006","originCountry":"CN","quantity":120,"unitCode":"SET","amount":32000}]}""");
        String base = ClearanceFiles.base(id);
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content("""
                        {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                         "items":[{"line":1,"duty":"0%"}]}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.declaration.exchange-rate-local"))
                .andExpect(jsonPath("$.errors[0].field").value("exchangeRate"))
                .andExpect(jsonPath("$.detail").value(containsString("The invoice is in TWD, the local currency")));
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":1,
                         "items":[{"line":1,"duty":"0%"}]}"""))
                .andExpect(status().isCreated());
    }

    /**
     * Acceptance review B1: a file still in DRAFT when its confirmed declaration is lodged stayed DRAFT (the move to
     * DECLARED was skipped silently). Lodging passes through DOCUMENTS_COMPLETE (its own history line) to DECLARED dated
     * today; the N5116 release releases the file dated today, and retention counts from that release date.
     */
    @Test
    void lodgingAFileStillInDraftDeclaresItAndTheReleaseReleasesIt() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345679", "SA-2");
        String base = ClearanceFiles.base(id);
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("DRAFT"));
        String draft = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                         "items":[{"line":1,"duty":"0%"}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long d = ((Number) JsonPath.read(draft, "$.id")).longValue();
        String code = JsonPath.read(draft, "$.sha256").toString().substring(0, 12);
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + chinese + "}"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + chinese + ",\"code\":\"" + code + "\"}")).andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/lodgement")).andExpect(status().isOk());
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).toString();
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("DECLARED")).andExpect(jsonPath("$.declarationDate").value(today));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("Draft → Documents complete"))))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("Documents complete → Declared"))));
        String release = """
                <Response>
                  <FunctionCode>9</FunctionCode>
                  <Status><NameCode>C1</NameCode><ReleaseDateTime>20261206081530</ReleaseDateTime></Status>
                  <Declaration><ID>AA15AB12345679</ID></Declaration>
                </Response>
                """;
        mvc.perform(multipart(base + "/responses").file(new MockMultipartFile("file", "n5116.xml", "application/xml",
                        release.getBytes(StandardCharsets.UTF_8)))).andExpect(status().isCreated());
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("RELEASED")).andExpect(jsonPath("$.releaseDate").value(today))
                .andExpect(jsonPath("$.retention.fromDate").value(today));
    }

    /**
     * t4fixK 5: sending and confirming took no claim of the file, so two instances on one PostgreSQL could confirm (or send
     * and confirm) one draft at once, each on what it read before the other. Both now take the file's row as lodge does —
     * a versioned update held until commit, seen here as the file's version going up with each of them.
     */
    @Test
    void sendingAndConfirmingTakeTheFilesClaimAsLodgingDoes() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345681", "SA-5");
        String base = ClearanceFiles.base(id);
        String draft = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                         "items":[{"line":1,"duty":"0%"}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long d = ((Number) JsonPath.read(draft, "$.id")).longValue();
        String code = JsonPath.read(draft, "$.sha256").toString().substring(0, 12);
        long before = version(base);
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + chinese + "}"))
                .andExpect(status().isOk());
        long sent = version(base);
        assertThat(sent).as("send takes the file's claim").isGreaterThan(before);
        mvc.perform(post(base + "/declarations/" + d + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + chinese + ",\"code\":\"" + code + "\"}")).andExpect(status().isOk());
        assertThat(version(base)).as("confirm takes the file's claim").isGreaterThan(sent);
    }

    private long version(String base) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get(base)).andReturn().getResponse().getContentAsString(), "$.version")).longValue();
    }

    /** Drafts {@code draft}, sends it to {@code contact}, records the confirmation and lodges it; the declaration's id. */
    long lodge(String base, String draft, long contact) throws Exception {
        String json = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long d = ((Number) JsonPath.read(json, "$.id")).longValue();
        String code = JsonPath.read(json, "$.sha256").toString().substring(0, 12);
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + contact + "}"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + contact + ",\"code\":\"" + code + "\"}")).andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/lodgement")).andExpect(status().isOk());
        return d;
    }

    /**
     * Australia: the ICS acceptance (CUSRES, header GIS+1) accepts the declaration; the release (GIS+4, DTM+137 two days
     * ago) releases the declaration and the file dated that day — after the declaration date was set to three days ago,
     * so the date comes from the message, not from today. Each response is a history line in the reader's language.
     */
    @Test
    void australianAcceptanceAndReleaseAreReadFromCusres() throws Exception {
        long id = australianFile();
        String base = "/api/v1/clearance/transactions/" + id;
        long d = lodge(base, AU_DRAFT, english);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Australia/Sydney"));
        String file = mvc.perform(get(base)).andReturn().getResponse().getContentAsString();
        mvc.perform(put(base).contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"SYD-0042",
                         "importer":"Southern Cross Outdoor Pty Ltd","exporter":"Shenzhen Power Co., Ltd.",
                         "broker":"Harbour Customs Brokers Pty Ltd","portOfLoading":"CNSHA","portOfDischarge":"AUSYD",
                         "declarationDate":"%s","version":%s}""".formatted(clientId, today.minusDays(3), JsonPath.read(file, "$.version"))))
                .andExpect(status().isOk());
        String stamp = today.minusDays(2).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String cusres = """
                UNB+UNOC:3+AUCUSTOMS+TRADEDESK01+261206:0815+CR%1$dX'
                UNH+1+CUSRES:D:99B:UN'
                BGM+961:::IMDR+TD%1$dR1:1+29'
                DTM+137:%2$s0815:203'
                GIS+%3$s'
                RFF+ABT:AEXKR7Q2W9'
                UNT+6+1'
                UNZ+1+CR%1$dX'
                """;
        mvc.perform(post(base + "/responses").contentType(MediaType.parseMediaType("application/EDIFACT"))
                        .content(cusres.formatted(id, stamp, "1").getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("RECEIVED"));
        mvc.perform(get(base + "/declarations/" + d)).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("DECLARED"));
        mvc.perform(post(base + "/responses").contentType(MediaType.parseMediaType("application/EDIFACT"))
                        .content(cusres.formatted(id, stamp, "4").getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("RELEASED"));
        mvc.perform(get(base + "/declarations/" + d)).andExpect(jsonPath("$.status").value("RELEASED"));
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("RELEASED"))
                .andExpect(jsonPath("$.releaseDate").value(today.minusDays(2).toString()));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("Customs response Australia CUSRES: released"))));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("海關回應 澳洲 CUSRES：放行"))));
        assertThat(mvc.perform(get("/clearance/transactions/" + id + "/declaration").param("lang", "en")).andReturn().getResponse()
                .getContentAsString()).containsPattern("id=\"declaration-lodged\">\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\(Sydney time\\)<")
                // t4fixQ 6: the tariff classification and its statistical code as the ICS writes them (2208.30.00/32)
                .containsPattern("class=\"declaration-tariff\">\\d{4}\\.\\d{2}\\.\\d{2}/\\d{2}<");
    }

    /**
     * Taiwan: N5109 inspection notice and N5110 duty notice (built samples, see CustomsResponsesTest). The declaration
     * computed DUTY 0 and VAT 1,600 (5 % × 32,000); customs assessed VAT 1,650: the difference is a finding on the
     * response and a history line in the reader's language; the notice dates the file's duty notice and the payment
     * deadline is 14 days after it (關稅法 第43條, the file's tw-pay rule).
     */
    /**
     * t4fixAE 3: a release dated before the duty notice of the same declaration was not questioned; customs releases after
     * it assesses, so the release carries a warning naming both times. A release after the notice carries none.
     */
    @Test
    void aReleaseDatedBeforeTheDutyNoticeIsAWarning() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345690", "SA-3");
        String base = ClearanceFiles.base(id);
        lodge(base, """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,"items":[{"line":1,"duty":"0%"}]}""",
                chinese);
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content("""
                <Response><FunctionCode>9</FunctionCode><IssueDateTime>%s000200</IssueDateTime>
                <Declaration><ID>AA15AB12345690</ID>
                <DutyTaxFee><TypeCode>DUTY</TypeCode><Payment><PaymentAmount currencyID="TWD">0</PaymentAmount></Payment></DutyTaxFee>
                <DutyTaxFee><TypeCode>VAT</TypeCode><Payment><PaymentAmount currencyID="TWD">1600</PaymentAmount></Payment></DutyTaxFee>
                </Declaration></Response>""".formatted(day)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("DUTY_NOTICE"));
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).header("Accept-Language", "en").content((
                        "<Response><Status><NameCode>C1</NameCode><ReleaseDateTime>%s000100</ReleaseDateTime></Status>"
                        + "<Declaration><ID>AA15AB12345690</ID></Declaration></Response>").formatted(day)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("RELEASED"))
                .andExpect(jsonPath("$.findings[*].rule").value(org.hamcrest.Matchers.contains("release-before-duty-notice")))
                .andExpect(jsonPath("$.findings[0].severity").value("WARNING"));
    }

    @Test
    void taiwanInspectionAndDutyNoticeAreReadAndADifferenceIsFlagged() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345670", "SA-3");
        String base = ClearanceFiles.base(id);
        long d = lodge(base, """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,"items":[{"line":1,"duty":"0%"}]}""",
                chinese);
        String now = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String inspection = """
                <Response><IssueDateTime>%s000100</IssueDateTime><Status><NameCode>C3</NameCode></Status>
                <Declaration><ID>AA15AB12345670</ID><GoodsShipment><Consignment><GoodsLocation><ID>TPEC2001</ID></GoodsLocation>
                </Consignment></GoodsShipment></Declaration></Response>""".formatted(now);
        mvc.perform(multipart(base + "/responses").file(new MockMultipartFile("file", "n5109.xml", "application/xml",
                        inspection.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("INSPECTION"))
                .andExpect(jsonPath("$.response.channel").value("C3"));
        String notice = """
                <Response><FunctionCode>9</FunctionCode><IssueDateTime>%s000200</IssueDateTime>
                <Declaration><ID>AA15AB12345670</ID>
                <DutyTaxFee><TypeCode>DUTY</TypeCode><Payment><PaymentAmount currencyID="TWD">0</PaymentAmount></Payment></DutyTaxFee>
                <DutyTaxFee><TypeCode>VAT</TypeCode><Payment><PaymentAmount currencyID="TWD">1650</PaymentAmount></Payment></DutyTaxFee>
                </Declaration></Response>""".formatted(now);
        // 14 days, moved off a Saturday or Sunday (RestDays) — review t4 #8: the payment deadline was not rolled
        java.time.LocalDate dueDay = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).plusDays(14);
        dueDay = dueDay.getDayOfWeek() == java.time.DayOfWeek.SATURDAY ? dueDay.plusDays(2)
                : dueDay.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? dueDay.plusDays(1) : dueDay;
        String due = dueDay.toString();
        mvc.perform(multipart(base + "/responses").file(new MockMultipartFile("file", "n5110.xml", "application/xml",
                        notice.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("DUTY_NOTICE"))
                .andExpect(jsonPath("$.response.source").value("TW_N5110"))
                .andExpect(jsonPath("$.response.deadline").value(due))
                // t4fixAE 3: the notice states no total: the VAT difference (50) is the total's, said once
                .andExpect(jsonPath("$.findings[*].rule", org.hamcrest.Matchers.contains("duty-notice-type")));
        mvc.perform(get(base + "/declarations/" + d)).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(get(base)).andExpect(jsonPath("$.dutyNoticeDate").value(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).toString()));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("Customs response Taiwan N5109: inspection notice (declaration version 1, channel C3"))))
                // the message named once, by sender and number (was "N5109 inspection notice: inspection notice")
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(containsString("N5109 inspection notice")))))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString(
                        "Duty notice differs from the declaration for Business tax: customs assessed TWD 1,650"))));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("稅費繳納通知的營業稅與報單不符"))))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("海關回應 臺灣 N5110：稅費繳納通知"))))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("稅費繳納通知：請於 "))));
        // the declaration page shows the amounts, the payment deadline and the difference with the response
        mvc.perform(get("/clearance/transactions/" + id + "/declaration").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("response-pay-by")))
                .andExpect(content().string(containsString("Duty notice differs from the declaration for Business tax")))
                .andExpect(content().string(containsString("Business tax 1,650")));
    }

    /**
     * Review t4 #1/#9: an N5110 dated two days before the lodgement (the file's declaration date is today) still dates the
     * file's duty notice — from the declaration date, with a warning in the history — so the deadlines counted from the
     * notice start; the same response file posted again is refused (409, linking the response that holds it); a
     * rejection arriving after the release is recorded with a warning.
     */
    @Test
    void anEarlierDatedDutyNoticeStillDatesTheFileAndAResponseIsNotRecordedTwice() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345671", "SA-4");
        String base = ClearanceFiles.base(id);
        lodge(base, """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,"items":[{"line":1,"duty":"0%"}]}""",
                chinese);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei"));
        mvc.perform(get(base)).andExpect(jsonPath("$.declarationDate").value(today.toString()))
                .andExpect(jsonPath("$.dutyNoticeDate").doesNotExist());
        String twoDaysAgo = today.minusDays(2).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String notice = ("<Response><FunctionCode>9</FunctionCode><IssueDateTime>%s100000</IssueDateTime><Declaration><ID>AA15AB12345671</ID>"
                + "<DutyTaxFee><TypeCode>DUTY</TypeCode><Payment><PaymentAmount currencyID=\"TWD\">0</PaymentAmount></Payment></DutyTaxFee>"
                + "<DutyTaxFee><TypeCode>VAT</TypeCode><Payment><PaymentAmount currencyID=\"TWD\">1600</PaymentAmount></Payment></DutyTaxFee>"
                + "<TotalDutyTaxAmount currencyID=\"TWD\">1600</TotalDutyTaxAmount></Declaration></Response>").formatted(twoDaysAgo);
        String first = mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content(notice))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("DUTY_NOTICE"))
                .andReturn().getResponse().getContentAsString();
        long responseId = ((Number) JsonPath.read(first, "$.id")).longValue();
        mvc.perform(get(base)).andExpect(jsonPath("$.dutyNoticeDate").value(today.toString()))
                .andExpect(jsonPath("$.deadlines[?(@.from=='" + today + "')]").isNotEmpty());
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("Warning: the response is dated"))));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("報關日設為"))))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(containsString("日日設為")))));
        // the file page shows the date received, not "—"
        mvc.perform(get("/clearance/transactions/" + id).header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andExpect(content().string(containsString(today.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")))));
        // the same file again: 409, nothing recorded
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content(notice).header("Accept-Language", "en"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.response.duplicate"))
                .andExpect(jsonPath("$.existingResponseId").value(responseId))
                // issue 8: the earlier response as users know it (kind, customs' date, customs' reference), not "#response-<id>"
                .andExpect(jsonPath("$.existingResponse").value(org.hamcrest.Matchers.allOf(startsWith("duty notice response of "),
                        containsString("(customs ref. AA15AB12345671)"), org.hamcrest.Matchers.not(containsString("#")))))
                .andExpect(jsonPath("$.detail").value(containsString("as the duty notice response of ")));
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content(notice).header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$.existingResponse").value(org.hamcrest.Matchers.allOf(containsString("稅費繳納通知回應（海關參考號 AA15AB12345671）"),
                        org.hamcrest.Matchers.not(containsString("回應 " + responseId)), org.hamcrest.Matchers.not(containsString("#")))));
        mvc.perform(get(base + "/responses")).andExpect(jsonPath("$.length()").value(2)); // the channel's receipt and the notice
        // N5107: the 補辦期限 (documents to supply by) on a Saturday moves to the Monday, and is labelled as such
        java.time.LocalDate saturday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content(("<Response><IssueDateTime>%s000100</IssueDateTime>"
                + "<AdditionalInformation><LimitDateTime>%s</LimitDateTime></AdditionalInformation><Status><NameCode>2</NameCode></Status>"
                + "<Declaration><ID>AA15AB12345671</ID><GoodsShipment><GovernmentAgencyGoodsItem><SequenceNumeric>1</SequenceNumeric>"
                + "<Error><ValidationCode>A01</ValidationCode></Error></GovernmentAgencyGoodsItem></GoodsShipment></Declaration></Response>")
                .formatted(today.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), saturday.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("CHANNEL_ASSIGNED"))
                .andExpect(jsonPath("$.response.deadline").value(saturday.plusDays(2).toString()))
                .andExpect(jsonPath("$.response.channel").value("C2"));
        mvc.perform(get("/clearance/transactions/" + id + "/declaration").header("Accept-Language", "zh-TW"))
                .andExpect(content().string(containsString("C2（文件審核）")))
                .andExpect(content().string(containsString("臺灣 N5107 通關方式通知")))
                .andExpect(content().string(containsString("A01（代碼無說明）")))
                .andExpect(content().string(containsString("補辦期限 " + saturday.plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")))));
        // released, then a rejection arrives: recorded with a warning
        String todayBasic = today.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content(("<Response><Status><NameCode>C1</NameCode>"
                + "<ReleaseDateTime>%s000200</ReleaseDateTime></Status><Declaration><ID>AA15AB12345671</ID></Declaration></Response>")
                .formatted(todayBasic))).andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("RELEASED"));
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content(
                "<Response><Error><ValidationCode>A01</ValidationCode></Error><Declaration><ID>AA15AB12345671</ID></Declaration></Response>"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("REJECTED"));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("arrived after the goods were released"))));
    }

    /**
     * Acceptance review F3 (Taiwan): a customs response is matched to the file's declaration and dated plausibly. An N5116
     * dated a year ahead (beyond the file's today in Taipei) was accepted as the release, the file dated today silently;
     * one naming another declaration number (AA15KH12345678) was applied to ours; a second N5116 was a second release.
     * Now: the first two are refused (nothing recorded, the file still declared), the release is read, and a repeated
     * release is recorded and shown as a repeat of the first, never a second release.
     */
    @Test
    void aTaiwanResponseIsMatchedToTheDeclarationAndItsDateAndARepeatedReleaseIsShownAsSuch() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345672", "SA-5");
        String base = ClearanceFiles.base(id);
        lodge(base, """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,"items":[{"line":1,"duty":"0%"}]}""",
                chinese);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei"));
        String n5116 = "<Response><Status><NameCode>C1</NameCode><ReleaseDateTime>%s</ReleaseDateTime></Status>"
                + "<Declaration><ID>%s</ID></Declaration></Response>";
        String yearAhead = today.plusYears(1).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "101500";
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).header("Accept-Language", "en")
                        .content(n5116.formatted(yearAhead, "AA15AB12345672")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.response.future-dated"))
                .andExpect(jsonPath("$.detail").value(containsString(today.plusYears(1).format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)))));
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).header("Accept-Language", "zh-TW")
                        .content(n5116.formatted(yearAhead, "AA15AB12345672")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("晚於本案今日")));
        String now = today.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).header("Accept-Language", "en")
                        .content(n5116.formatted(now + "000100", "AA15KH12345678")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.response.foreign-reference"))
                .andExpect(jsonPath("$.detail").value(containsString("AA15KH12345678")))
                .andExpect(jsonPath("$.detail").value(containsString("AA15AB12345672")));
        mvc.perform(get(base + "/responses")).andExpect(jsonPath("$", hasSize(1))); // the NX901 receipt only
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("DECLARED")).andExpect(jsonPath("$.releaseDate").doesNotExist());

        String first = mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML)
                        .content(n5116.formatted(now + "000100", "AA15AB12345672")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("RELEASED"))
                .andExpect(jsonPath("$.repeatOf").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long firstId = ((Number) JsonPath.read(first, "$.id")).longValue();
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML)
                        .content(n5116.formatted(now + "000200", "AA15AB12345672")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("RELEASED"))
                .andExpect(jsonPath("$.repeatOf").value(firstId));
        mvc.perform(get(base + "/responses")).andExpect(jsonPath("$", hasSize(3))).andExpect(jsonPath("$[2].repeatOf").value(firstId));
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("RELEASED")).andExpect(jsonPath("$.releaseDate").value(today.toString()));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("repeats the release already recorded"))))
                .andExpect(jsonPath("$[?(@.what.text =~ /.*Customs response Taiwan N5116: released.*/)]", hasSize(1)));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("重複先前已記錄的放行"))));
        mvc.perform(get("/clearance/transactions/" + id + "/declaration").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("data-repeat-of=\"" + firstId + "\"")))
                // re-review F6: the date column is customs' own (ReleaseDateTime 00:01:00 today), our receipt second
                .andExpect(content().string(containsString("class=\"response-date\">"
                        + today.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)) + " 00:01:00</span>")))
                .andExpect(content().string(containsString("Dated (by customs)")))
                .andExpect(content().string(containsString("class=\"d-block small text-muted response-received\">received ")));
    }

    /**
     * Acceptance review F3 (Australia): a CUSRES naming the rejected version 1 ({@code SYD-0042:1}) was applied to version 2,
     * which became released with the file. Now it is kept with version 1, with a warning, and changes neither version 2
     * nor the file; a version never lodged ({@code SYD-0042:7}) is refused.
     */
    @Test
    void anAustralianResponseNamingAnotherVersionIsKeptWithThatVersionAndReleasesNothing() throws Exception {
        long id = australianFile();
        String base = ClearanceFiles.base(id);
        long v1 = lodge(base, AU_DRAFT, english);
        String stamp = java.time.LocalDate.now(java.time.ZoneId.of("Australia/Sydney")).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String cusres = """
                UNB+UNOC:3+AUCUSTOMS+TRADEDESK01+261206:0815+%1$s'
                UNH+1+CUSRES:D:99B:UN'
                BGM+961:::IMDR+SYD-0042:%2$s+%3$s'
                DTM+137:%4$s0001:203'
                %5$s'
                UNT+%6$s+1'
                UNZ+1+%1$s'
                """;
        mvc.perform(post(base + "/responses").contentType(MediaType.parseMediaType("application/EDIFACT"))
                        .content(cusres.formatted("RJ" + id, "1", "27", stamp, "ERP+:1'\nERC+ITM0042", "6").getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("REJECTED"))
                .andExpect(jsonPath("$.declarationId").value(v1));
        long v2 = lodge(base, AU_DRAFT, english);
        mvc.perform(get(base + "/declarations/" + v2)).andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.status").value("ACCEPTED"));
        // the release names version 1
        mvc.perform(post(base + "/responses").contentType(MediaType.parseMediaType("application/EDIFACT"))
                        .content(cusres.formatted("RL" + id, "1", "29", stamp, "GIS+4", "5").getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("RELEASED"))
                .andExpect(jsonPath("$.declarationId").value(v1));
        mvc.perform(get(base + "/declarations/" + v2)).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(get(base + "/declarations/" + v1)).andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("DECLARED")).andExpect(jsonPath("$.releaseDate").doesNotExist());
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString(
                        "names version 1 of the declaration, not the current version 2"))));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString("非現行的第 2 版"))));
        // a version never lodged: refused, nothing kept
        int before = JsonPath.<List<Object>>read(mvc.perform(get(base + "/responses")).andReturn().getResponse().getContentAsString(), "$").size();
        mvc.perform(post(base + "/responses").contentType(MediaType.parseMediaType("application/EDIFACT")).header("Accept-Language", "en")
                        .content(cusres.formatted("RX" + id, "7", "29", stamp, "GIS+4", "5").getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.response.unknown-version"))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "names version 7 of declaration SYD-0042, which was never lodged (the latest version lodged is 2)")));
        mvc.perform(get(base + "/responses")).andExpect(jsonPath("$", hasSize(before)));
        // the release naming version 2 releases it and the file
        mvc.perform(post(base + "/responses").contentType(MediaType.parseMediaType("application/EDIFACT"))
                        .content(cusres.formatted("RK" + id, "2", "29", stamp, "GIS+4", "5").getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.declarationId").value(v2));
        mvc.perform(get(base + "/declarations/" + v2)).andExpect(jsonPath("$.status").value("RELEASED"));
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("RELEASED"));
    }

    /**
     * Review t4 #2: with a rate of ten decimals (1.5384615385) the customs values are 1,538.4615385 and 3,076.923077;
     * the declaration page shows them to the cent (README "How amounts are shown") and the rate with its precision.
     */
    @Test
    void theDeclarationPageShowsAmountsToTheMinorUnit() throws Exception {
        long id = australianFile();
        String base = "/api/v1/clearance/transactions/" + id;
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"53004085616","importerId":"51824753556","exchangeRate":1.5384615385,"freight":0,"insurance":0,
                         "items":[{"line":1,"duty":"5%"},{"line":2,"duty":"0%"}]}"""))
                .andExpect(status().isCreated());
        mvc.perform(get("/clearance/transactions/" + id + "/declaration").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("1,538.46")))
                .andExpect(content().string(containsString("1.5384615385")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("1,538.4615"))))
                .andExpect(content().string(containsString("AUD 4,615.38")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("4,615.384"))));
    }

    @Autowired
    org.tradedesk.taxes.persistence.ExchangeRateStore rateTable;

    /**
     * The exchange rate comes from the taxes module's effective-dated table (the customs rate in force on the declaration
     * date) unless one is typed; a typed rate that differs needs a reason, recorded in the history; the page says where the
     * rate comes from. EUR is used so the USD rates typed by the other tests stay as they are.
     */
    /** Re-review F5: an invoice in the jurisdiction's own currency needs no rate: 1, as the engine and the alternatives take it. */
    @Test
    void anInvoiceInTheLocalCurrencyConvertsAtOneWithoutAskingForARate() throws Exception {
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","incoterm":"CIF","reference":"AA15AB12345672",
                 "importer":"寶島電子有限公司","exporter":"台灣音響股份有限公司"}""".formatted(clientId));
        String base = ClearanceFiles.base(id);
        files.invoice(id, """
                {"invoiceNumber":"TW-1","issueDate":"2026-11-28","currency":"TWD","incoterm":"CIF","sellerName":"台灣音響股份有限公司",
                 "sellerCountry":"DE","totalAmount":1000,"lines":[
                  {"description":"藍牙喇叭 Bluetooth speakers","tariffCode":"85182200006","originCountry":"DE","quantity":120,"unitCode":"SET","amount":1000}]}""");
        // CIF TWD 1000 × 1 = TWD 1,000 customs value
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content("""
                        {"declarantId":"A12","importerId":"12345675","items":[{"line":1,"duty":"0%"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.exchangeRate").value(1))
                .andExpect(jsonPath("$.declaration.items[0].customsValue").value(1000));
    }

    @Test
    void theExchangeRateIsLookedUpAndAnOverrideNeedsAReason() throws Exception {
        java.time.LocalDate from = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW).minusDays(3);
        rateTable.importCsv("rates.csv", ("jurisdiction,currency,local_currency,rate,quotation,valid_from,valid_to,source\r\n"
                + "TW,EUR,TWD,35.2,LOCAL_PER_FOREIGN," + from.minusDays(20) + "," + from.minusDays(1) + ",關務署 earlier\r\n"
                + "TW,EUR,TWD,35.8,LOCAL_PER_FOREIGN," + from + ",,關務署報關適用外幣匯率\r\n").getBytes(StandardCharsets.UTF_8));
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","incoterm":"CIF","reference":"AA15AB12345671",
                 "importer":"寶島電子有限公司","exporter":"Audio GmbH"}""".formatted(clientId));
        String base = ClearanceFiles.base(id);
        files.invoice(id, """
                {"invoiceNumber":"EU-1","issueDate":"2026-11-28","currency":"EUR","incoterm":"CIF","sellerName":"Audio GmbH",
                 "sellerCountry":"DE","totalAmount":1000,"lines":[
                  {"description":"藍牙喇叭 Bluetooth speakers","tariffCode":"85182200006","originCountry":"DE","quantity":120,"unitCode":"SET","amount":1000}]}""");
        // no rate typed: the table's rate in force today, 35.8 (not the earlier 35.2): CIF EUR 1000 × 35.8 = TWD 35,800
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"A12","importerId":"12345675","items":[{"line":1,"duty":"0%"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.exchangeRate").value(35.8))
                .andExpect(jsonPath("$.declaration.items[0].customsValue").value(35800));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].what.text").value(containsString("Exchange rate 35.8 per EUR taken from the rate table (關務署報關適用外幣匯率")));
        mvc.perform(get("/clearance/transactions/" + id + "/declaration").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("customs rate of the table: 關務署報關適用外幣匯率, row ")));
        // the rate's source is data (source + table row) in the reader's language: no English "[rate table row N]" in zh-TW
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[0].what.text").value(org.hamcrest.Matchers.matchesPattern(".*（關務署報關適用外幣匯率，第 \\d+ 列.*")))
                .andExpect(jsonPath("$[0].what.text").value(org.hamcrest.Matchers.not(containsString("rate table row"))));
        mvc.perform(get("/clearance/transactions/" + id + "/declaration").header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andExpect(content().string(containsString("匯率表的報關匯率：關務署報關適用外幣匯率，第 ")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("rate table row"))));
        // another rate typed without a reason: refused at the reason field, in the reader's language
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW").content("""
                        {"declarantId":"A12","importerId":"12345675","exchangeRate":36,"items":[{"line":1,"duty":"0%"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.declaration.exchange-rate-reason"))
                .andExpect(jsonPath("$.errors[0].field").value("exchangeRateReason"))
                .andExpect(jsonPath("$.errors[0].label").value("改用其他匯率的理由"))
                .andExpect(jsonPath("$.detail").value(containsString("關務署報關適用外幣匯率，第 ")));
        // with the reason: taken, and the reason is recorded
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"A12","importerId":"12345675","exchangeRate":36,"exchangeRateReason":"rate of the customs ruling 115-001",
                         "items":[{"line":1,"duty":"0%"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.exchangeRate").value(36))
                .andExpect(jsonPath("$.declaration.items[0].customsValue").value(36000));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].what.text").value(containsString(
                        "Exchange rate 36 typed instead of the table's 35.8 (關務署報關適用外幣匯率")))
                .andExpect(jsonPath("$[0].what.text").value(containsString("reason: rate of the customs ruling 115-001")));
        mvc.perform(get("/clearance/transactions/" + id + "/declaration").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("declaration-rate-override")));
    }

    /**
     * t4fixL (T4 acceptance review items 2, 3 and 5). An Australian file naming its bill of lading and voyage, with an invoice
     * line "Café crème plates" (é and è are ISO 8859-1, the UNOC character set the CUSDEC's UNB declares): the draft is
     * written (201, no more 400 clearance.document.unreadable), the CUSDEC carries the text as is, the bill of lading in group
     * 1 (RFF+BM) with the invoice's 12 packages under it and the voyage in TDT; the rate typed where the rate table has none
     * for USD (none is loaded here) is recorded with its reason in the JSON, the history and on the page. A second invoice
     * whose line reads "美耐皿餐盤 27cm" cannot be carried by UNOC: 400 at lines[2].description in the reader's language (it
     * was HTTP 500).
     */
    @Test
    void latinOneTextIsWrittenChineseIsRefusedAtItsLineAndTheTransportDocumentAndTypedRateAreRecorded() throws Exception {
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"SYD-0077",
                 "importer":"Southern Cross Outdoor Pty Ltd","exporter":"Lyon Tableware SA","broker":"Harbour Customs Brokers Pty Ltd",
                 "portOfLoading":"CNSHA","portOfDischarge":"AUSYD","customs":{"transportDocumentNumber":"CMDU4412907","journeyId":"0FL3RE1MA"}}"""
                .formatted(clientId));
        String base = ClearanceFiles.base(id);
        files.invoice(id, """
                {"invoiceNumber":"LT-1","issueDate":"2026-11-20","currency":"USD","incoterm":"FOB","sellerName":"Lyon Tableware SA",
                 "sellerCountry":"FR","totalAmount":3000,"packages":12,"grossMassKg":310,"lines":[
                  {"description":"Café crème plates","tariffCode":"8507600010","originCountry":"FR","quantity":100,"unitCode":"EA","amount":1000},
                  {"description":"Stoneware bowls","tariffCode":"8507600010","originCountry":"FR","quantity":200,"unitCode":"EA","amount":2000}]}""");
        files.transportDocument(id, "BILL_OF_LADING", "bl-" + id + ".txt", "B/L CMDU4412907");
        files.documentsComplete(id);
        String draft = """
                {"declarantId":"53004085616","importerId":"51824753556","exchangeRate":1.5,"exchangeRateReason":"bank rate of the day",
                 "items":[{"line":1,"duty":"5%"},{"line":2,"duty":"5%"}]}""";
        String json = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.items[0].description").value("Café crème plates"))
                .andExpect(jsonPath("$.declaration.transport.transportDocumentNumber").value("CMDU4412907"))
                .andExpect(jsonPath("$.typedRate.rate").value(1.5))
                .andExpect(jsonPath("$.typedRate.reason").value("bank rate of the day"))
                .andReturn().getResponse().getContentAsString();
        long d = ((Number) JsonPath.read(json, "$.id")).longValue();
        byte[] message = mvc.perform(get(base + "/declarations/" + d + "/message")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String edi = new String(message, StandardCharsets.ISO_8859_1);
        assertThat(edi).contains("UNB+UNOC:3+", "FTX+AAA+++Café crème plates'", "RFF+BM:CMDU4412907'\nPAC+12'\nRFF+APH:FOB'",
                "TDT+20+0FL3RE1MA+1:SEA'");
        assertThat(AustralianCusdec.read(message).items().get(0).description()).isEqualTo("Café crème plates");
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].what.text").value(containsString("Exchange rate 1.5 per USD typed: the rate table has no customs rate for USD on ")))
                .andExpect(jsonPath("$[0].what.text").value(containsString("reason: bank rate of the day")));
        mvc.perform(get("/clearance/transactions/" + id + "/declaration").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"declaration-rate-typed\"")))
                .andExpect(content().string(containsString("reason: bank rate of the day")));

        typedInvoice(id, """
                {"invoiceNumber":"LT-2","issueDate":"2026-11-21","currency":"USD","incoterm":"FOB","sellerName":"Lyon Tableware SA",
                 "sellerCountry":"FR","totalAmount":500,"packages":3,"grossMassKg":40,"lines":[
                  {"description":"美耐皿餐盤 27cm","tariffCode":"8507600010","originCountry":"FR","quantity":50,"unitCode":"EA","amount":500}]}""");
        String withThird = draft.replace("{\"line\":2,\"duty\":\"5%\"}", "{\"line\":2,\"duty\":\"5%\"},{\"line\":3,\"duty\":\"5%\"}");
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW").content(withThird))
                .andExpect(status().isBadRequest())
                // T4 code read R7: the third item is LT-2's first line — named so, at that invoice's own line
                .andExpect(jsonPath("$.code").value("clearance.declaration.charset-line.UNOC"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].description"))
                .andExpect(jsonPath("$.detail").value(containsString("LT-2 第 1 項：「美耐皿餐盤 27cm」中的字元「美」無法送往澳洲海關")));
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content(withThird))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("character set UNOC (ISO 8859-1")));
        // the page says the same, filled in, and keeps the input
        mvc.perform(post("/clearance/transactions/" + id + "/declaration").with(csrf()).header("Accept-Language", "zh-TW")
                        .param("exchangeRate", "1.5").param("exchangeRateReason", "bank rate of the day").param("declarantId", "53004085616")
                        .param("importerId", "51824753556").param("items[0].line", "1").param("items[0].duty", "5%")
                        .param("items[1].line", "2").param("items[1].duty", "5%").param("items[2].line", "3").param("items[2].duty", "5%"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("「美耐皿餐盤 27cm」中的字元「美」無法送往澳洲海關")))
                .andExpect(content().string(containsString("value=\"53004085616\"")));
    }

    /**
     * Acceptance review M5: the certificate of origin expired (2026-11-20) before arrival (2026-11-30) while the draft claims
     * ChAFTA on line 2. The file's ERROR finding shows on the draft as blocking with the claim flagged, the client's mail
     * lists it, and lodging is refused (README: no override) — nothing goes to customs.
     */
    @Test
    void anErrorFindingOfTheFileBlocksLodgingAndIsShownOnTheDraftAndInTheMail() throws Exception {
        long id = australianFile();
        String base = "/api/v1/clearance/transactions/" + id;
        String file = mvc.perform(get(base)).andReturn().getResponse().getContentAsString();
        // arrival 2026-11-30 typed on the file (the rest of its details as they were)
        mvc.perform(put(base).contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"SYD-0042",
                         "importer":"Southern Cross Outdoor Pty Ltd","exporter":"Shenzhen Power Co., Ltd.",
                         "broker":"Harbour Customs Brokers Pty Ltd","portOfLoading":"CNSHA","portOfDischarge":"AUSYD",
                         "arrivalDate":"2026-11-30","version":%s}""".formatted(clientId, JsonPath.read(file, "$.version").toString())))
                .andExpect(status().isOk());
        String doc = mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "coo-" + id + ".txt", "text/plain",
                ("ChAFTA certificate " + id).getBytes(StandardCharsets.UTF_8))).param("type", "CERTIFICATE_OF_ORIGIN"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(put(base + "/documents/" + ((Number) JsonPath.read(doc, "$.id")).longValue() + "/figures")
                .contentType(MediaType.APPLICATION_JSON).content("{\"issuedOn\":\"2026-01-10\",\"validUntil\":\"2026-11-20\"}"))
                .andExpect(status().isOk());
        String draft = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(AU_DRAFT)
                        .header("Accept-Language", "en"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileErrors[*].rule", org.hamcrest.Matchers.hasItem("cross.certificate")))
                // t4fixX 3: the certificate as findings name it, not "CERTIFICATE_OF_ORIGIN#<id>"
                .andExpect(jsonPath("$.fileErrors[?(@.rule == 'cross.certificate')].documents[0].id",
                        org.hamcrest.Matchers.contains(((Number) JsonPath.read(doc, "$.id")).intValue())))
                .andExpect(jsonPath("$.fileErrors[?(@.rule == 'cross.certificate')].documents[0].kind",
                        org.hamcrest.Matchers.contains("CERTIFICATE_OF_ORIGIN")))
                .andExpect(jsonPath("$.fileErrors[?(@.rule == 'cross.certificate')].documents[0].name",
                        org.hamcrest.Matchers.contains(containsString("Certificate or declaration of origin"))))
                .andExpect(jsonPath("$.preferenceAtRisk", org.hamcrest.Matchers.contains(2)))
                .andReturn().getResponse().getContentAsString();
        long d = ((Number) JsonPath.read(draft, "$.id")).longValue();
        String code = JsonPath.read(draft, "$.sha256").toString().substring(0, 12);
        mvc.perform(get("/clearance/transactions/" + id + "/declaration").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"declaration-file-errors\"")))
                .andExpect(content().string(containsString("data-rule=\"cross.certificate\"")))
                .andExpect(content().string(containsString("Preference claim at risk")));
        greenMail.reset();
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + english + "}"))
                .andExpect(status().isOk());
        assertThat(text(greenMail.getReceivedMessages()[0])).contains("the file's checks show 1 error(s) that block lodgement",
                "item(s) 2 rests on a certificate of origin with an error");
        mvc.perform(post(base + "/declarations/" + d + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + english + ",\"code\":\"" + code + "\"}")).andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/lodgement").header("Accept-Language", "zh-TW"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clearance.declaration.file-errors"))
                .andExpect(jsonPath("$.detail").value(containsString("cross.certificate")));
        // the apostrophe of "file's" no longer stops the figures from being filled in
        mvc.perform(post(base + "/declarations/" + d + "/lodgement").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("The file's checks show 1 error(s) (cross.certificate)")));
        assertThat(RECEIVED).noneMatch(r -> r.messageId().startsWith("TD" + id + "R"));
        mvc.perform(get(base)).andExpect(jsonPath("$.status").value("DOCUMENTS_COMPLETE"));
    }

    /**
     * T4 code read R1: with two invoices (SP-7781, 2 lines; SP-7783, 2 lines) the page's form has one row per item of the
     * declaration — every declared invoice's lines, each naming its invoice and line with that line's code — and submitting
     * it unchanged declares each item with its own code. The page took the last invoice's lines before: submitted unchanged,
     * items 1–2 (SP-7781's goods) got SP-7783's codes and items 3–4 no row at all.
     */
    @Test
    void theDeclarationFormHasARowPerItemOfEveryDeclaredInvoice() throws Exception {
        long id = australianFile();
        typedInvoice(id, """
                {"invoiceNumber":"SP-7783","issueDate":"2026-11-21","currency":"USD","incoterm":"FOB","sellerName":"Shenzhen Power Co., Ltd.",
                 "sellerCountry":"CN","totalAmount":800,"packages":3,"grossMassKg":40,"lines":[
                  {"description":"Portable torches","tariffCode":"8513100000","originCountry":"CN","quantity":50,"unitCode":"EA","amount":500},
                  {"description":"Camping lanterns","tariffCode":"9405400000","originCountry":"CN","quantity":30,"unitCode":"EA","amount":300}]}""");
        String page = "/clearance/transactions/" + id + "/declaration";
        String form = mvc.perform(get(page).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("SP-7781, line 2", "SP-7783, line 1", "SP-7783, line 2");
        Map<String, String> fields = new LinkedHashMap<>();
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*>").matcher(form);
        while (input.find()) {
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"(items\\[\\d+]\\.\\w+)\"").matcher(input.group());
            java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1) : "");
            }
        }
        assertThat(fields).containsEntry("items[0].invoice", "SP-7781").containsEntry("items[0].line", "1")
                .containsEntry("items[0].tariffCode", "8507600010").containsEntry("items[1].tariffCode", "6109100027")
                .containsEntry("items[2].invoice", "SP-7783").containsEntry("items[2].line", "1")
                .containsEntry("items[2].tariffCode", "8513100000").containsEntry("items[3].invoice", "SP-7783")
                .containsEntry("items[3].line", "2").containsEntry("items[3].tariffCode", "9405400000")
                .doesNotContainKey("items[4].line");
        // submitted as shown (a duty rate typed on each row)
        var post = post(page).with(csrf()).param("exchangeRate", "1.5").param("declarantId", "53004085616").param("importerId", "51824753556");
        for (int i = 0; i < 4; i++) {
            fields.put("items[" + i + "].duty", "5%");
        }
        for (Map.Entry<String, String> f : fields.entrySet()) {
            post.param(f.getKey(), f.getValue());
        }
        mvc.perform(post).andExpect(status().is3xxRedirection());
        String json = mvc.perform(get(ClearanceFiles.base(id) + "/declarations")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> codes = JsonPath.read(json, "$[0].declaration.items[*].tariffCode");
        List<String> invoices = JsonPath.read(json, "$[0].declaration.items[*].source.invoiceNumber");
        assertThat(invoices).containsExactly("SP-7781", "SP-7781", "SP-7783", "SP-7783");
        assertThat(codes).hasSize(4);
        assertThat(codes.get(0)).startsWith("85076000");
        assertThat(codes.get(1)).startsWith("61091000");
        assertThat(codes.get(2)).startsWith("85131000");
        assertThat(codes.get(3)).startsWith("94054000");
    }

    @Test
    void theDeclarationPageBuildsSendsConfirmsAndLodges() throws Exception {
        long id = australianFile();
        String page = "/clearance/transactions/" + id + "/declaration";
        mvc.perform(get(page).header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andExpect(content().string(containsString("產生報單")))
                .andExpect(content().string(containsString("id=\"draft-form\"")));
        // a rate that is no number comes back at its field, with what was typed kept
        mvc.perform(post(page).with(csrf()).header("Accept-Language", "en").param("exchangeRate", "abc").param("declarantId", "53004085616")
                        .param("items[0].line", "1").param("items[0].duty", "5%").param("items[1].line", "2").param("items[1].duty", "0%"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"draft-rate-error\"")))
                .andExpect(content().string(containsString("value=\"53004085616\"")));
        mvc.perform(post(page).with(csrf()).param("exchangeRate", "1.5").param("freight", "60").param("declarantId", "53004085616")
                        .param("importerId", "51824753556").param("recommendation", "General rate on both lines.")
                        .param("items[0].line", "1").param("items[0].duty", "5%").param("items[1].line", "2").param("items[1].duty", "5%"))
                .andExpect(status().is3xxRedirection());
        String shown = mvc.perform(get(page).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"DRAFT\"")))
                .andReturn().getResponse().getContentAsString();
        String code = shown.replaceAll("(?s).*id=\"declaration-code\">([0-9a-f]{12})<.*", "$1");
        assertThat(code).hasSize(12);
        long declarationId = Long.parseLong(shown.replaceAll("(?s).*/declarations/(\\d+)/send.*", "$1"));
        greenMail.reset();
        mvc.perform(post("/clearance/transactions/" + id + "/declarations/" + declarationId + "/send").with(csrf())
                .param("contactId", String.valueOf(english))).andExpect(status().is3xxRedirection());
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        mvc.perform(post("/clearance/transactions/" + id + "/declarations/" + declarationId + "/confirmation").with(csrf())
                        .header("Accept-Language", "zh-TW").param("contactId", String.valueOf(english)).param("code", "ffffffffffff"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不是第 1 版報單的確認碼")))
                // review of issue 8 (5): the refusal does not print the expected code in brackets after it
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("確認碼（" + code))));
        mvc.perform(post("/clearance/transactions/" + id + "/declarations/" + declarationId + "/confirmation").with(csrf())
                .param("contactId", String.valueOf(english)).param("code", code)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/clearance/transactions/" + id + "/declarations/" + declarationId + "/lodgement").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"ACCEPTED\"")))
                .andExpect(content().string(containsString("海關已接受")))
                .andExpect(content().string(containsString("data-kind=\"RECEIVED\"")));
        assertThat(RECEIVED).filteredOn(r -> r.messageId().startsWith("TD" + id + "R")).hasSize(1);
        // a response uploaded on the page
        mvc.perform(multipart("/clearance/transactions/" + id + "/responses").file(new MockMultipartFile("file", "bad.edi", "text/plain",
                        "not a response".getBytes(StandardCharsets.UTF_8))).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"action-error\"")));
    }

    private long firstResponse(String base) throws Exception {
        String json = mvc.perform(get(base + "/responses")).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$[0].id")).longValue();
    }

    /** Captures the invoice {@code json} typed by hand: its document id and version. */
    private long[] typedInvoice(long id, String json) throws Exception {
        String created = mvc.perform(post(ClearanceFiles.base(id) + "/documents/invoice").contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new long[] {((Number) JsonPath.read(created, "$.id")).longValue(), ((Number) JsonPath.read(created, "$.version")).longValue()};
    }

    static final String SECOND_AU_INVOICE = """
            {"invoiceNumber":"SP-7782","issueDate":"2026-11-21","currency":"USD","incoterm":"FOB","sellerName":"Shenzhen Power Co., Ltd.",
             "sellerCountry":"CN","totalAmount":500,"packages":3,"grossMassKg":40,"lines":[
              {"description":"Lithium-ion batteries 7.4 V","tariffCode":"8507600010","originCountry":"CN","quantity":50,"unitCode":"EA","amount":500}]}""";

    /**
     * Issue 8: a shipment with two genuine, confirmed commercial invoices is declared in ONE declaration with the items of
     * both, numbered on across them, each traced to its invoice and line; a copy of an invoice (the duplicate check's) is
     * not declared twice and a withdrawn invoice not at all; the header totals are the invoices' sums; the CUSDEC and the
     * WCO XML carry every item; an invoice added after the draft is named as left out of it.
     */
    @Test
    void twoInvoicesOfTheShipmentAreDeclaredInOneDeclaration() throws Exception {
        long id = australianFile();
        String base = ClearanceFiles.base(id);
        typedInvoice(id, SECOND_AU_INVOICE);
        // the same invoice typed again (number in other spaces and case): the duplicate check's copy, declared once
        typedInvoice(id, SECOND_AU_INVOICE.replace("\"SP-7782\"", "\"sp 7782\""));
        // a third invoice withdrawn (sent by mistake): counted nowhere
        long[] wrong = typedInvoice(id, SECOND_AU_INVOICE.replace("SP-7782", "SP-9999").replace("\"amount\":500", "\"amount\":9000")
                .replace("\"totalAmount\":500", "\"totalAmount\":9000"));
        mvc.perform(post(base + "/documents/" + wrong[0] + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + wrong[1] + ",\"reason\":\"another shipment\"}")).andExpect(status().isOk());
        mvc.perform(get(base + "/findings"))
                .andExpect(jsonPath("$[?(@.rule == 'duplicate.invoice-in-file')]", hasSize(1)))
                .andExpect(jsonPath("$[?(@.rule == 'consistency.currency')]", hasSize(0)));
        // Hand check (USD 1 = AUD 1.5, FOB): SP-7781 lines 1000 + 2000 and SP-7782 line 500 → customs values 1500.00, 3000.00 and
        //   750.00, total 5250.00; item 3 (SP-7782 line 1) duty 5 % × 750.00 = 37.50; invoice total 3000 + 500 = USD 3500;
        //   packages 12 + 3 = 15; gross mass 310 + 40 = 350 kg (the copy and the withdrawn SP-9999's 9000 counted nowhere)
        String draft = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(
                        AU_DRAFT.replace("{\"line\":2,\"preference\":\"ChAFTA\",\"duty\":\"0%\"}",
                                "{\"line\":2,\"preference\":\"ChAFTA\",\"duty\":\"0%\"},{\"line\":3,\"duty\":\"5%\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.items", hasSize(3)))
                .andExpect(jsonPath("$.declaration.items[*].sequence", org.hamcrest.Matchers.contains(1, 2, 3)))
                .andExpect(jsonPath("$.declaration.items[0].source.invoiceNumber").value("SP-7781"))
                .andExpect(jsonPath("$.declaration.items[1].source.invoiceNumber").value("SP-7781"))
                .andExpect(jsonPath("$.declaration.items[1].source.line").value(2))
                .andExpect(jsonPath("$.declaration.items[2].source.invoiceNumber").value("SP-7782"))
                .andExpect(jsonPath("$.declaration.items[2].source.line").value(1))
                .andExpect(jsonPath("$.declaration.items[2].description").value("Lithium-ion batteries 7.4 V"))
                .andExpect(jsonPath("$.declaration.items[2].customsValue").value(750.00))
                .andExpect(jsonPath("$.declaration.customsValueTotal").value(5250.00))
                .andExpect(jsonPath("$.declaration.invoiceTotal").value(3500))
                .andExpect(jsonPath("$.declaration.packages").value(15))
                .andExpect(jsonPath("$.declaration.grossMassKg").value(350))
                .andExpect(jsonPath("$.declaration.currency").value("USD"))
                .andExpect(jsonPath("$.sha256").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(taxes(draft, 2)).containsEntry("CUD", new BigDecimal("37.50")).containsKey("GST");
        BigDecimal items = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            items = items.add(taxes(draft, i).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        assertThat(new BigDecimal(JsonPath.read(draft, "$.declaration.dutiesAndTaxesTotal").toString())).isEqualByComparingTo(items);
        long d = ((Number) JsonPath.read(draft, "$.id")).longValue();
        // with the draft, the rule runs (T4 R13: asked before any draft it could not fire): both invoices are on it, and neither
        // the copy of SP-7782 nor the withdrawn SP-9999 is named as left out
        mvc.perform(get(base + "/findings")).andExpect(jsonPath("$[?(@.rule == 'duplicate.invoice-in-file')]", hasSize(1)))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.declared')]", hasSize(0)));
        // the CUSDEC carries the three items and reads back to the same declaration (its items without their sources)
        byte[] message = mvc.perform(get(base + "/declarations/" + d + "/message")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        DeclarationMessage read = AustralianCusdec.read(message);
        assertThat(read.items()).hasSize(3);
        assertThat(read.items().get(2).customsValue()).isEqualByComparingTo("750.00");
        assertThat(read.customsValueTotal()).isEqualByComparingTo("5250.00");
        assertThat(read.invoiceTotal()).isEqualByComparingTo("3500");
        assertThat(new String(message, StandardCharsets.UTF_8)).contains("CNT+5:3'");
        String wco = mvc.perform(get(base + "/declaration").param("format", "wco")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(wco.split("<GovernmentAgencyGoodsItem>", -1)).hasSize(4);
        // the declaration's page traces each item to its invoice and line
        assertThat(mvc.perform(get("/clearance/transactions/" + id + "/declaration").param("lang", "en")).andReturn().getResponse()
                .getContentAsString()).contains("SP-7782, line 1");
        // an invoice added after the draft: the draft leaves it out (an ERROR naming it, in both languages — T4 R2: a WARNING
        // let the draft be lodged without its goods)
        typedInvoice(id, SECOND_AU_INVOICE.replace("SP-7782", "SP-7790"));
        mvc.perform(get(base + "/findings").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.declared')].severity").value(org.hamcrest.Matchers.contains("ERROR")))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.declared')].message.text").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.startsWith("Commercial invoice SP-7790"))));
        mvc.perform(get(base + "/findings").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.declared')].message.text").value(org.hamcrest.Matchers.contains(
                        containsString("未列入本案件最新報單"))));
        // built again, it covers all four items
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(AU_DRAFT.replace("\"duty\":\"0%\"}",
                        "\"duty\":\"0%\"},{\"line\":3,\"duty\":\"5%\"},{\"line\":4,\"duty\":\"5%\"}")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.declaration.items", hasSize(4)))
                .andExpect(jsonPath("$.declaration.items[3].source.invoiceNumber").value("SP-7790"));
        mvc.perform(get(base + "/findings")).andExpect(jsonPath("$[?(@.rule == 'invoice.declared')]", hasSize(0)));
    }

    /**
     * T4 code read R2: an invoice corrected after the draft (same document, version up) or added after it makes the draft
     * one to rebuild — an ERROR naming it (both languages), and send, confirm and lodge refused (409
     * {@code clearance.declaration.rebuild} naming what changed); lodging went ahead before, with the goods as they were.
     */
    @Test
    void anInvoiceCorrectedOrAddedAfterTheDraftIsRebuiltNotLodged() throws Exception {
        long id = australianFile();
        String base = ClearanceFiles.base(id);
        long[] second = typedInvoice(id, SECOND_AU_INVOICE);
        String three = AU_DRAFT.replace("\"duty\":\"0%\"}", "\"duty\":\"0%\"},{\"line\":3,\"duty\":\"5%\"}");
        String json = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(three))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long d = ((Number) JsonPath.read(json, "$.id")).longValue();
        String code = JsonPath.read(json, "$.sha256").toString().substring(0, 12);
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + english + "}"))
                .andExpect(status().isOk());
        // SP-7782 corrected: 50 batteries are 80, USD 800
        mvc.perform(put(base + "/documents/" + second[0] + "/capture").param("version", String.valueOf(second[1]))
                .contentType(MediaType.APPLICATION_JSON).content(SECOND_AU_INVOICE.replace("\"quantity\":50", "\"quantity\":80")
                        .replace("\"amount\":500", "\"amount\":800").replace("\"totalAmount\":500", "\"totalAmount\":800")))
                .andExpect(status().isOk());
        mvc.perform(get(base + "/findings").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.declared')].severity").value(org.hamcrest.Matchers.contains("ERROR")))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.declared')].message.text").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.allOf(containsString("SP-7782"), containsString("corrected after the newest declaration")))));
        mvc.perform(get(base + "/findings").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[?(@.rule == 'invoice.declared')].message.text").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.allOf(containsString("SP-7782"), containsString("於最新報單產生後已更正")))));
        mvc.perform(post(base + "/declarations/" + d + "/confirmation").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .content("{\"contactId\":" + english + ",\"code\":\"" + code + "\"}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.declaration.rebuild"))
                .andExpect(jsonPath("$.detail").value(containsString("SP-7782 corrected after the draft")));
        mvc.perform(post(base + "/declarations/" + d + "/lodgement").header("Accept-Language", "zh-TW")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.declaration.rebuild"))
                .andExpect(jsonPath("$.detail").value(containsString("SP-7782係於草稿產生後更正")));
        mvc.perform(get(base + "/declarations/" + d)).andExpect(jsonPath("$.status").value("SENT"));

        // rebuilt, it is current again; then an invoice added after it: sending is refused, naming it
        String again = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(three))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.declaration.items[2].quantity").value(80))
                .andReturn().getResponse().getContentAsString();
        long d2 = ((Number) JsonPath.read(again, "$.id")).longValue();
        mvc.perform(get(base + "/findings")).andExpect(jsonPath("$[?(@.rule == 'invoice.declared')]", hasSize(0)));
        typedInvoice(id, SECOND_AU_INVOICE.replace("SP-7782", "SP-7790"));
        mvc.perform(post(base + "/declarations/" + d2 + "/send").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .content("{\"contactId\":" + english + "}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.declaration.rebuild"))
                .andExpect(jsonPath("$.detail").value(containsString("SP-7790 added or confirmed after the draft")));
    }

    /**
     * T4 code read R3: an item choice names an item of the declaration or is refused (400 at {@code items[i].line}, labelled in
     * the reader's language) — it was dropped silently; an item can be named by its invoice (own number or place) and line.
     */
    @Test
    void itemChoicesNameAnItemByNumberOrByInvoiceAndLine() throws Exception {
        long id = australianFile();
        String base = ClearanceFiles.base(id);
        typedInvoice(id, SECOND_AU_INVOICE);
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(AU_DRAFT.replace("\"duty\":\"0%\"}", "\"duty\":\"0%\"},{\"line\":4,\"duty\":\"5%\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.declaration.item-unknown"))
                .andExpect(jsonPath("$.errors[0].field").value("items[2].line"))
                .andExpect(jsonPath("$.detail").value(containsString("no item 4")));
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(AU_DRAFT.replace("\"duty\":\"0%\"}", "\"duty\":\"0%\"},{\"invoice\":\"SP-7782\",\"line\":2,\"duty\":\"5%\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[2].line"))
                .andExpect(jsonPath("$.detail").value(containsString("商業發票 SP-7782 無第 2 項")));
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(AU_DRAFT.replace("\"duty\":\"0%\"}", "\"duty\":\"0%\"},{\"invoice\":\"SP-0000\",\"line\":1}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[2].invoice"))
                .andExpect(jsonPath("$.detail").value(containsString("SP-7781, SP-7782")));
        // SP-7782 line 1 is item 3, by the invoice's own number and by its place (the second invoice declared)
        for (String invoice : List.of("SP-7782", "2")) {
            String draft = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content(AU_DRAFT.replace(
                            "\"duty\":\"0%\"}", "\"duty\":\"0%\"},{\"invoice\":\"" + invoice + "\",\"line\":1,\"duty\":\"5%\"}")))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            assertThat(taxes(draft, 2)).containsEntry("CUD", new BigDecimal("37.50"));
            assertThat(taxes(draft, 0)).containsEntry("CUD", new BigDecimal("75.00"));
        }
    }

    /**
     * Issue 8, Taiwan: two USD invoices in one single-window declaration (one CurrencyExchange, N5135), every item in the XML;
     * an invoice in another currency cannot be declared with them: an ERROR naming each invoice and its currency, in both
     * languages, and no draft built by picking one currency.
     */
    @Test
    void taiwanInvoicesAreDeclaredTogetherOnlyInOneCurrency() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345611", "SA-11");
        String base = ClearanceFiles.base(id);
        String second = """
                {"invoiceNumber":"SA-12","issueDate":"2026-11-28","currency":"USD","incoterm":"CIF","sellerName":"Shenzhen Audio Co.",
                 "sellerCountry":"CN","totalAmount":500,"packages":4,"grossMassKg":40,"lines":[
                  {"description":"藍牙喇叭 Bluetooth speakers mini","tariffCode":"85182200006","originCountry":"CN","quantity":60,"unitCode":"SET","netMassKg":30,"amount":500}]}""";
        typedInvoice(id, second);
        // CIF USD 1000 + 500 at 32 = TWD 32,000 + 16,000 = 48,000 customs value; duty 0 %; business tax 5 % × 48,000 = 2,400
        String draft = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                         "items":[{"line":1,"duty":"0%"},{"line":2,"duty":"0%"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declaration.items", hasSize(2)))
                .andExpect(jsonPath("$.declaration.items[1].source.invoiceNumber").value("SA-12"))
                .andExpect(jsonPath("$.declaration.customsValueTotal").value(48000))
                .andExpect(jsonPath("$.declaration.invoiceTotal").value(1500))
                .andReturn().getResponse().getContentAsString();
        BigDecimal vat = taxes(draft, 0).get("VAT").add(taxes(draft, 1).get("VAT"));
        assertThat(vat).isEqualByComparingTo("2400");
        String xml = mvc.perform(get(base + "/declaration").param("format", "xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(xml.split("<GovernmentAgencyGoodsItem>", -1)).hasSize(3);
        assertThat(xml.split("<CurrencyExchange>", -1)).hasSize(2);

        typedInvoice(id, second.replace("SA-12", "SA-13").replace("\"USD\"", "\"EUR\""));
        mvc.perform(get(base + "/findings").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.rule == 'consistency.currency')].severity").value(org.hamcrest.Matchers.contains("ERROR")))
                .andExpect(jsonPath("$[?(@.rule == 'consistency.currency')].message.text").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.allOf(containsString("Commercial invoice SA-11"), containsString("2026: USD;"),
                                containsString("Commercial invoice SA-13"), containsString("2026: EUR.")))));
        mvc.perform(get(base + "/findings").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[?(@.rule == 'consistency.currency')].message.text").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.allOf(containsString("應合併申報之各發票幣別不一致"), containsString("SA-13（2026/11/28）：EUR。")))));
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content("""
                        {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32}"""))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.code").value("clearance.declaration.currencies-differ"))
                .andExpect(jsonPath("$.detail").value(containsString("SA-13 (EUR)")));
    }

    private static Map<String, BigDecimal> taxes(String json, int item) {
        List<Map<String, Object>> taxes = JsonPath.read(json, "$.declaration.items[" + item + "].dutiesAndTaxes");
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        taxes.forEach(t -> out.put(t.get("type").toString(), new BigDecimal(t.get("amount").toString()).setScale(2)));
        return out;
    }

    /** The text of a PDF, white space removed (a table cell may wrap anywhere). */
    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static List<String> xlsxCells(byte[] xlsx) throws IOException {
        List<String> cells = new java.util.ArrayList<>();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            book.getSheetAt(0).forEach(r -> r.forEach(c -> cells.add(format.formatCellValue(c))));
        }
        return cells;
    }

    /**
     * Acceptance review of issue 8, the client-facing documents of an Australian file whose B/L gives 250 kg against the
     * invoice's 310 kg (a cross.figures finding on the gross mass) and whose declaration customs rejected:
     * <ul>
     *   <li>findings.xlsx and the PDF summary name the rule by its title, the documents by type and number, the field by
     *       its label, in zh-TW and en — never {@code cross.figures}, {@code BILL_OF_LADING#12}, {@code grossMassKg};</li>
     *   <li>the summary dates each response by its own date (the channel's CUSRES of 6 Dec 2026 10:12, the rejection of
     *       today 00:01, DTM+137), not by when we received it;</li>
     *   <li>the history line of the rejection carries its error code, goods item and the administration's text.</li>
     * </ul>
     */
    @Test
    void theDocumentSetNamesFindingsAsTheClientReadsThemAndDatesResponsesByTheirOwnDate() throws Exception {
        long id = australianFile();
        String base = ClearanceFiles.base(id);
        String file = mvc.perform(get(base)).andReturn().getResponse().getContentAsString();
        long bl = ((Number) JsonPath.<List<Object>>read(file, "$.documents[?(@.type=='BILL_OF_LADING')].id").get(0)).longValue();
        long invoice = ((Number) JsonPath.<List<Object>>read(file, "$.documents[?(@.type=='COMMERCIAL_INVOICE')].id").get(0)).longValue();
        mvc.perform(put(base + "/documents/" + bl + "/figures").contentType(MediaType.APPLICATION_JSON).content("{\"grossMassKg\":250}"))
                .andExpect(status().isOk());
        lodge(base, AU_DRAFT, english);
        java.time.LocalDate sydney = java.time.LocalDate.now(java.time.ZoneId.of("Australia/Sydney"));
        String rejection = """
                UNB+UNOC:3+AUCUSTOMS+TRADEDESK01+261206:0815+RJD%1$s'
                UNH+1+CUSRES:D:99B:UN'
                BGM+961:::IMDR+SYD-0042:1+27'
                DTM+137:%2$s0001:203'
                ERP+:1'
                ERC+ITM0042'
                FTX+AAO+++TARIFF CLASSIFICATION NOT VALID'
                UNT+7+1'
                UNZ+1+RJD%1$s'
                """.formatted(id, sydney.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        mvc.perform(post(base + "/responses").contentType(MediaType.parseMediaType("application/EDIFACT"))
                        .content(rejection.getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("REJECTED"));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString(
                        "Customs response Australia CUSRES: rejected (declaration version 1, codes ITM0042 (item 1):"
                                + " TARIFF CLASSIFICATION NOT VALID)."))));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(containsString(
                        "代碼 ITM0042（第 1 項）：TARIFF CLASSIFICATION NOT VALID）。"))));

        for (String language : List.of("zh-TW", "en")) {
            boolean zh = language.equals("zh-TW");
            Map<String, byte[]> entries = unzip(mvc.perform(get(base + "/document-set").header("Accept-Language", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            List<String> cells = xlsxCells(entries.get("findings/findings.xlsx"));
            String summary = pdfText(entries.get("summary.pdf"));
            // issue 8: the invoice by its own number, the B/L (no number captured) by its place in the file — never the ids
            // (t4fixQ 1: with the name of the file it came in, which the client knows)
            String where = zh ? "商業發票 SP-7781、提單 bl-" + id + ".txt（案件第 2 份文件） · 毛重（公斤）"
                    : "Commercial invoice SP-7781, Bill of lading bl-" + id + ".txt (2nd document of the file) · gross mass (kg)";
            assertThat(String.join("\n", cells)).as(language).doesNotContain("document " + bl, "document " + invoice,
                    "文件 " + bl, "文件 " + invoice);
            assertThat(cells).as(language).contains(zh ? "各文件數字相符" : "Document figures agree", where);
            assertThat(summary).as(language).contains((zh ? "各文件數字相符" : "Documentfiguresagree"), where.replaceAll("\\s+", ""));
            for (String internal : List.of("cross.figures", "COMMERCIAL_INVOICE", "BILL_OF_LADING", "grossMassKg", "clearance.")) {
                assertThat(String.join("\n", cells)).as(language + " findings.xlsx").doesNotContain(internal);
                assertThat(summary).as(language + " summary.pdf").doesNotContain(internal);
            }
            // each response by its own date: the channel's CUSRES of 6 Dec 2026 10:12, the rejection of today 00:01 (Sydney)
            java.time.format.DateTimeFormatter day = zh ? java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")
                    : java.time.format.DateTimeFormatter.ofPattern("dMMMyyyy", java.util.Locale.ENGLISH);
            assertThat(summary).as(language).contains(zh ? "2026/12/0610:12" : "6Dec202610:12", day.format(sydney) + "00:01",
                    zh ? "海關訊息日期" : "Dated(bycustoms)", zh ? "本所收到時間" : "Receivedbyus");
            // the file page names the place with the same mapping (the raw labels only as the secondary code)
            mvc.perform(get("/clearance/transactions/" + id).param("lang", language)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<span class=\"finding-where\">" + where + "</span>")))
                    // re-review F4: no internal reference printed for the reader (kept in data-refs)
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern("(?s).*>[^<]*INVOICE#\\d+[^<]*<.*"))));
        }
    }

    /**
     * Acceptance review of issue 8: the history line of a Taiwan N5107 (通關方式通知 with 補辦 items) gave no 補辦期限;
     * it now carries the deadline (moved to a working day) in both languages, and the summary dates it by its
     * IssueDateTime.
     */
    @Test
    void anN5107HistoryLineCarriesItsDeadlineToSupplyAndTheSummaryItsOwnDate() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345673", "SA-6");
        String base = ClearanceFiles.base(id);
        lodge(base, """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,"items":[{"line":1,"duty":"0%"}]}""",
                chinese);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei"));
        java.time.LocalDate limit = today.plusDays(7);
        String answer = mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content(("<Response><IssueDateTime>%s000100</IssueDateTime>"
                + "<AdditionalInformation><LimitDateTime>%s</LimitDateTime></AdditionalInformation><Status><NameCode>2</NameCode></Status>"
                + "<Declaration><ID>AA15AB12345673</ID><GoodsShipment><GovernmentAgencyGoodsItem><SequenceNumeric>1</SequenceNumeric>"
                + "<Error><ValidationCode>A01</ValidationCode></Error></GovernmentAgencyGoodsItem></GoodsShipment></Declaration></Response>")
                .formatted(today.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), limit.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.kind").value("CHANNEL_ASSIGNED"))
                .andReturn().getResponse().getContentAsString();
        java.time.LocalDate supplyBy = java.time.LocalDate.parse(JsonPath.read(answer, "$.response.deadline"));
        assertThat(supplyBy).isAfterOrEqualTo(limit);
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(
                        // a limit on a rest day also says customs' own date and the roll (re-review F7)
                        "海關回應 臺灣 N5107：已分類通關方式（報單第 1 版，通關方式 C2，代碼 A01（第 1 項））；補辦期限 "
                                + supplyBy.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")) + (supplyBy.equals(limit) ? "。"
                                : "（海關所定 " + limit.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd"))
                                        + " 為休息日，依行政程序法第48條順延）。"))));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", org.hamcrest.Matchers.hasItem(
                        "Customs response Taiwan N5107: channel assigned (declaration version 1, channel C2, codes A01 (item 1));"
                                + " documents to supply by " + supplyBy.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                                        java.util.Locale.ENGLISH)) + (supplyBy.equals(limit) ? "." : " (customs' date "
                                        + limit.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH))
                                        + " is not a working day: moved to the next one under article 48 of the Administrative Procedure Act)."))));
        String summary = pdfText(mvc.perform(get(base + "/document-set").param("format", "pdf").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(summary).contains(today.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "00:01");
    }

    @Autowired
    org.tradedesk.clearance.ClearanceReminders reminders;
    @Autowired
    org.tradedesk.clearance.domain.RestDays restDays;

    /**
     * Issue 8 (t4dl): customs' N5107 補辦期限 is one of the file's deadlines, not only a history line — on the file (API and
     * page) with its legal basis (關稅法 第17條, to confirm), counted from the notice, its last day customs' date (a working day
     * here: within the reminder days); in the summary's open deadlines; mailed to the file's owner by the reminder job once
     * (claimed; a second run sends nothing); met when a document is uploaded after the notice (the requested documents came
     * in), after which nothing more is reminded.
     */
    @Test
    void anN5107DeadlineToSupplyDocumentsIsAFileDeadlineWithItsReminderMetWhenTheDocumentsComeIn() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345668", "SA-DL");
        String base = ClearanceFiles.base(id);
        lodge(base, """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,"items":[{"line":1,"duty":"0%"}]}""",
                chinese);
        java.time.LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        // a Taiwan working day (not rolled), within the reminder days set above (20) whatever the calendar around today
        java.time.LocalDate limit = today.plusDays(2);
        while (!restDays.workingDay(org.tradedesk.tariff.Jurisdiction.TW, limit)) {
            limit = limit.plusDays(1);
        }
        assertThat(limit).isBefore(today.plusDays(reminders.days()));
        java.time.format.DateTimeFormatter basic = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;
        mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content(("<Response><IssueDateTime>%s000100</IssueDateTime>"
                + "<AdditionalInformation><LimitDateTime>%s</LimitDateTime></AdditionalInformation><Status><NameCode>2</NameCode></Status>"
                + "<Declaration><ID>AA15AB12345668</ID><GoodsShipment><GovernmentAgencyGoodsItem><SequenceNumeric>1</SequenceNumeric>"
                + "<Error><ValidationCode>A01</ValidationCode></Error></GovernmentAgencyGoodsItem></GoodsShipment></Declaration></Response>")
                .formatted(today.format(basic), limit.format(basic))))
                .andExpect(status().isCreated());
        mvc.perform(get(base).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'tw-documents')].legalReference").value(org.hamcrest.Matchers.hasItem("Customs Act (關稅法) art 17")))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'tw-documents')].toConfirm").value(org.hamcrest.Matchers.hasItem(true)))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'tw-documents')].from").value(org.hamcrest.Matchers.hasItem(today.toString())))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'tw-documents')].lastDay").value(org.hamcrest.Matchers.hasItem(limit.toString())))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'tw-documents')].state").value(org.hamcrest.Matchers.hasItem("OPEN")));
        assertThat(mvc.perform(get("/clearance/transactions/" + id).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("data-deadline=\"tw-documents\"", "Supply the documents customs asked for (by the day customs&#39; notice gives");
        String summary = pdfText(mvc.perform(get(base + "/document-set").param("format", "pdf").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).replaceAll("\\s+", "");
        assertThat(summary).contains("Supplythedocumentscustomsaskedfor(bythedaycustoms'noticegives,N5107補辦期限)CustomsAct(關稅法)art17");

        // the reminder: to the client's assignee (coordinator), in Chinese, once
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "x", "ROLE_ADMIN"));
        if (users.list().stream().noneMatch(u -> u.username().equals("coordinator"))) {
            users.create(new org.tradedesk.identity.NewUser("coordinator", "林美華", java.util.Set.of(org.tradedesk.identity.Role.COORDINATOR),
                    "correct horse battery staple 42", "mei.lin@harbour.example.tw", "zh-TW"));
        }
        SecurityContextHolder.clearContext();
        greenMail.reset();
        reminders.run();
        java.util.function.Supplier<List<String>> mine = () -> java.util.Arrays.stream(greenMail.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
            // issue 8: the file by its reference, not "#<id>"
        }).filter(subject -> subject.contains("AA15AB12345668") && subject.contains("補辦")).toList();
        java.time.format.DateTimeFormatter zhDay = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd");
        assertThat(mine.get()).singleElement().asString().contains("請於 " + limit.format(zhDay) + " 前補辦海關通知之文件（關稅法 第17條）");
        reminders.run();
        assertThat(mine.get()).hasSize(1);
        mvc.perform(get(base + "/history").header("Accept-Language", "en")).andExpect(jsonPath("$[*].what.text",
                org.hamcrest.Matchers.hasItem(containsString("Reminder mailed to coordinator"))));

        // the requested documents come in: the deadline is met today, the history says so, nothing more is reminded
        files.transportDocument(id, "OTHER", "supplied-" + id + ".txt", "documents customs asked for, item 1");
        mvc.perform(get(base))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'tw-documents')].state").value(org.hamcrest.Matchers.hasItem("MET")))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'tw-documents')].metOn").value(org.hamcrest.Matchers.hasItem(today.toString())));
        mvc.perform(get(base + "/history").header("Accept-Language", "en")).andExpect(jsonPath("$[*].what.text",
                org.hamcrest.Matchers.hasItem("The documents customs asked for (by " + limit.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                        java.util.Locale.ENGLISH)) + ") came in: the request is met today.")));
        assertThat(reminders.due(List.of(transactionStore.find(id).orElseThrow())))
                .noneMatch(d -> d.kind() == org.tradedesk.clearance.ClearanceReminders.Kind.DOCUMENTS);
    }

    @Autowired
    org.tradedesk.clearance.persistence.TransactionStore transactionStore;

    /**
     * T4 acceptance review F7: the PDF summary left out what matters — customs' duty-notice difference ("no findings"), the
     * open 復查 dispute, the deadlines (pay by, N5107 documents due), channel C2, the file's mode and Incoterm — and printed
     * the raw EDIFACT function code "9". Each is now a section, in the reader's language, from the computations the pages use.
     */
    @Test
    void theSummaryShowsDeadlinesDisputesCustomsAssessmentAndChannel() throws Exception {
        long id = files.taiwanAirImport(clientId, "AA15AB12345679", "SA-9");
        String base = ClearanceFiles.base(id);
        lodge(base, """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,"items":[{"line":1,"duty":"0%"}]}""",
                chinese);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei"));
        java.time.format.DateTimeFormatter basic = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;
        java.time.format.DateTimeFormatter zhDay = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd");
        String channel = mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content(("<Response><IssueDateTime>%s000100</IssueDateTime>"
                + "<AdditionalInformation><LimitDateTime>%s</LimitDateTime></AdditionalInformation><Status><NameCode>2</NameCode></Status>"
                + "<Declaration><ID>AA15AB12345679</ID><GoodsShipment><GovernmentAgencyGoodsItem><SequenceNumeric>1</SequenceNumeric>"
                + "<Error><ValidationCode>A01</ValidationCode></Error></GovernmentAgencyGoodsItem></GoodsShipment></Declaration></Response>")
                .formatted(today.format(basic), today.plusDays(7).format(basic))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.response.channel").value("C2")).andReturn().getResponse().getContentAsString();
        java.time.LocalDate supplyBy = java.time.LocalDate.parse(JsonPath.read(channel, "$.response.deadline"));
        // the N5107 補辦期限 is an open deadline of the file until customs moves on (t4dl: the duty notice below meets it)
        assertThat(pdfText(mvc.perform(get(base + "/document-set").param("format", "pdf").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .contains("未屆期限", "補辦海關要求之文件", supplyBy.format(zhDay), "關稅法第17條");
        String notice = mvc.perform(post(base + "/responses").contentType(MediaType.APPLICATION_XML).content(("""
                <Response><FunctionCode>9</FunctionCode><IssueDateTime>%s000200</IssueDateTime>
                <Declaration><ID>AA15AB12345679</ID>
                <DutyTaxFee><TypeCode>DUTY</TypeCode><Payment><PaymentAmount currencyID="TWD">0</PaymentAmount></Payment></DutyTaxFee>
                <DutyTaxFee><TypeCode>VAT</TypeCode><Payment><PaymentAmount currencyID="TWD">1650</PaymentAmount></Payment></DutyTaxFee>
                </Declaration></Response>""").formatted(today.format(basic))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.findings[*].rule", org.hamcrest.Matchers.hasItem("duty-notice-type")))
                .andReturn().getResponse().getContentAsString();
        java.time.LocalDate payBy = java.time.LocalDate.parse(JsonPath.read(notice, "$.response.deadline"));
        mvc.perform(post(base + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"DUTY_ASSESSMENT","decisionReference":"KHH-115-0077","decisionSummary":"營業稅核定 1,650",
                 "noticeReceived":"%s","amount":"50","currency":"TWD","clientNeeds":"復查"}""".formatted(today)))
                .andExpect(status().isCreated());
        for (String language : List.of("zh-TW", "en")) {
            String text = pdfText(mvc.perform(get(base + "/document-set").param("format", "pdf").header("Accept-Language", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            if (language.equals("zh-TW")) {
                assertThat(text).as(text).contains("案件資料", "空運", "CIF", "通關方式C2（文件審核）",
                        "未屆期限", "關稅法第43條", payBy.format(zhDay),
                        "行政救濟", "KHH-115-0077", "尚未提出任何程序", "向海關申請復查", "關稅法第45條",
                        "海關核定與報單比較", "稅費繳納通知的營業稅與報單不符", "原始報單（9）")
                        .doesNotContain("Original", "Business", "documentcheck", "Opendeadlines", "Nostep", "補辦海關要求之文件");
            } else {
                assertThat(text).as(text).contains("File", "Air", "Clearancechannel", "C2(documentcheck)", "Opendeadlines",
                        "CustomsAct(關稅法)art43", "CustomsAct(關稅法)art45", "Disputes", "KHH-115-0077", "Nostepfiledyet",
                        "Customsassessmentagainstthedeclaration", "DutynoticediffersfromthedeclarationforBusinesstax", "Original(9)")
                        .doesNotContain("原始報單", "通關方式", "Supplythedocumentscustomsaskedfor", "關稅法第");
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static String text(MimeMessage mail) throws Exception {
        return text(mail.getContent());
    }

    private static String text(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() == null && (part.isMimeType("text/plain") || part.isMimeType("multipart/*"))) {
                    return text(part.getContent());
                }
            }
            return "";
        }
        return content.toString();
    }

    private static byte[] attachment(MimeMessage mail) throws Exception {
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment");
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
