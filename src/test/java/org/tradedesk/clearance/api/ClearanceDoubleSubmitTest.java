package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ClientMailer;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Acceptance review (t4fixS): an export file got an import declaration with import taxes (BLOCKER; since t4exp it gets its
 * export declaration); the dispute letter named
 * an invoice typed by hand "商業發票: null"; a query, a dispute on one customs decision, an issue and a hand capture posted
 * twice were each kept (and mailed) twice.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceDoubleSubmitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    Clock clock;
    @MockitoBean
    ClientMailer mailer;

    long clientId;
    long contactId;

    @BeforeEach
    void client() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("寶島茶業有限公司", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
        contactId = clients.addContact(new ClientId(clientId), new ContactDetails("林美華", "mei.lin@example.com.tw", null, null,
                PreferredLanguage.ZH_TW)).id();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        Mockito.reset(mailer);
    }

    static final String TEA_INVOICE = """
            {"invoiceNumber":"KHA-2026-118","issueDate":"2026-11-28","currency":"USD","incoterm":"FOB","sellerName":"寶島茶業有限公司",
             "sellerCountry":"TW","buyerName":"Melbourne Tea House","buyerCountry":"AU","totalAmount":15000,"packages":30,"grossMassKg":320,
             "lines":[{"description":"烏龍茶 Oolong tea","tariffCode":"09023000","originCountry":"TW","quantity":300,"unitCode":"KGM",
             "netMassKg":300,"amount":15000}]}""";

    long file(String direction, String jurisdiction) throws Exception {
        return new ClearanceFiles(mvc).transaction("""
                {"clientId":%d,"direction":"%s","jurisdiction":"%s","mode":"SEA","incoterm":"FOB","reference":"EXP-%s",
                 "portOfLoading":"TWKHH","portOfDischarge":"AUMEL"}""".formatted(clientId, direction, jurisdiction, System.nanoTime()));
    }

    long exportFile(String jurisdiction) throws Exception {
        // a 報單號碼 is 14 letters and digits (an14): the file's reference
        String reference = "EX" + String.valueOf(System.nanoTime() % 1_000_000_000_000L + 1_000_000_000_000L).substring(1);
        return new ClearanceFiles(mvc).transaction("""
                {"clientId":%d,"direction":"EXPORT","jurisdiction":"%s","mode":"SEA","incoterm":"FOB","reference":"%s",
                 "portOfLoading":"%s","portOfDischarge":"%s","consignee":"Melbourne Tea House"}""".formatted(clientId, jurisdiction,
                reference, "TW".equals(jurisdiction) ? "TWKHH" : "AUMEL", "TW".equals(jurisdiction) ? "AUMEL" : "USLAX"));
    }

    /**
     * t4exp (was the 409 export-unsupported of t4fixS): an export file builds Taiwan's 出口報單 — FOB value in TWD, the trade
     * promotion fee its only charge — which is sent to the client, confirmed and lodged like an import declaration; the page
     * shows the export fields in both languages. Figures by hand: FOB USD 15,000 × 31.5 = TWD 472,500; 推廣貿易服務費 0.04 %
     * (貿易法 §21; 推廣貿易服務費收取辦法 §3) = 189, truncated to whole NT$, collected as it is above NT$100.
     */
    @Test
    void anExportFileBuildsSendsAndLodgesItsExportDeclaration() throws Exception {
        long tw = exportFile("TW");
        new ClearanceFiles(mvc).invoice(tw, TEA_INVOICE);
        new ClearanceFiles(mvc).transportDocument(tw, "BILL_OF_LADING", "bl-" + tw + ".txt", "B/L KHHMEL" + tw);
        java.math.BigDecimal fob = new java.math.BigDecimal("15000").multiply(new java.math.BigDecimal("31.5"));
        java.math.BigDecimal fee = fob.multiply(new java.math.BigDecimal("0.0004")).setScale(0, java.math.RoundingMode.DOWN);
        String body = """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":31.5,
                 "items":[{"line":1,"tariffCode":"09023000004"}]}""";
        String json = mvc.perform(post(ClearanceFiles.base(tw) + "/declarations").header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("TW_EXPORT_XML"))
                .andExpect(jsonPath("$.findings[?(@.severity == 'ERROR')]").isEmpty())
                .andExpect(jsonPath("$.declaration.export.destinationCountry").value("AU"))
                .andExpect(jsonPath("$.declaration.export.consignee.name").value("Melbourne Tea House"))
                .andExpect(jsonPath("$.declaration.exporter.id").value("12345675"))
                .andExpect(jsonPath("$.declaration.importer").doesNotExist())
                .andExpect(jsonPath("$.declaration.valuationBasis").value("FOB"))
                .andExpect(jsonPath("$.declaration.items[0].dutiesAndTaxes").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(new java.math.BigDecimal(JsonPath.read(json, "$.declaration.customsValueTotal").toString())).isEqualByComparingTo(fob);
        assertThat(new java.math.BigDecimal(JsonPath.read(json, "$.declaration.dutiesAndTaxesTotal").toString())).isEqualByComparingTo(fee)
                .isEqualByComparingTo("189");
        long d = ((Number) JsonPath.read(json, "$.id")).longValue();
        String base = ClearanceFiles.base(tw);
        String xml = mvc.perform(get(base + "/declarations/" + d + "/message")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
        assertThat(xml).contains("<TypeCode>G5</TypeCode>", "<tw_FOBValueAmount>472500</tw_FOBValueAmount>",
                "<tw_TotalDutyTaxFeeAmount>189</tw_TotalDutyTaxFeeAmount>", "<Destination><CountryCode>AU</CountryCode></Destination>")
                .doesNotContain("ArrivalDateTime", "<TypeCode>41</TypeCode>", "<TypeCode>11</TypeCode>");
        String code = JsonPath.read(json, "$.sha256").toString().substring(0, 12);
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + contactId + "}"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + contactId + ",\"code\":\"" + code + "\"}")).andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/lodgement")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LODGED"));
        // the page, in both languages: the export declaration's own fields, the form for the next draft (an amendment)
        String zh = mvc.perform(get("/clearance/transactions/" + tw + "/declaration").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("id=\"declaration-kind\"", "出口報單", "離岸價格（FOB）", "目的地國家", "出口日期", "推廣貿易服務費",
                "國外收貨人", "Melbourne Tea House", "id=\"export-declaration-help\"", "出口人代號（統一編號／ABN）", "id=\"draft-form\"")
                .doesNotContain("export-unsupported", "進口報單，");
        String en = mvc.perform(get("/clearance/transactions/" + tw + "/declaration").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Export declaration (出口報單)", "FOB value", "Country of destination", "Export date",
                "Trade promotion service fee", "zero rated", "Consignee");

        long au = exportFile("AU");
        new ClearanceFiles(mvc).invoice(au, TEA_INVOICE.replace("\"currency\":\"USD\"", "\"currency\":\"AUD\"")
.replace("烏龍茶 Oolong tea", "Oolong tea").replace("寶島茶業有限公司", "Formosa Tea Co Ltd")
                .replace("\"buyerCountry\":\"AU\"", "\"buyerCountry\":\"US\""));
        // the exporter's ABN left out: validation names it by its label, nothing is written
        String missing = mvc.perform(post(ClearanceFiles.base(au) + "/declarations").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"declarantId\":\"53004085616\",\"declarantName\":\"Port Brokers\",\"items\":[]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[?(@.rule == 'required')].path").value(org.hamcrest.Matchers.hasItem("header.exporter.id")))
                .andExpect(jsonPath("$.sha256").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(missing).doesNotContain("header.importer");
        String auPage = mvc.perform(get("/clearance/transactions/" + au + "/declaration").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(auPage).contains("customs id (ABN / 統一編號)", "Export declaration (EXD)", "GST-free");
        String auJson = mvc.perform(post(ClearanceFiles.base(au) + "/declarations").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"declarantId\":\"53004085616\",\"declarantName\":\"Port Brokers\",\"importerId\":\"51824753556\",\"items\":[]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("CUSDEC_D99B"))
                .andExpect(jsonPath("$.findings[?(@.severity == 'ERROR')]").isEmpty())
                .andExpect(jsonPath("$.declaration.dutiesAndTaxesTotal").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long auDraft = ((Number) JsonPath.read(auJson, "$.id")).longValue();
        String edi = mvc.perform(get(ClearanceFiles.base(au) + "/declarations/" + auDraft + "/message")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(edi).contains("BGM+830:::EXD+", "LOC+28+US::6'", "DTM+129:", "NAD+CN+++Melbourne Tea House", "MOA+63:15000.00:AUD'",
                "RFF+HS:09023000'").doesNotContain("TAX+", "IMD");
        assertThat(org.tradedesk.clearance.messages.AustralianCusdec.read(edi.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .forExport()).isTrue();
    }

    @Test
    void theDisputeLetterNamesAnInvoiceTypedByHandByItsNumber() throws Exception {
        long id = file("IMPORT", "TW");
        String tx = ClearanceFiles.base(id);
        String doc = mvc.perform(post(tx + "/documents/invoice").contentType(MediaType.APPLICATION_JSON).content(TEA_INVOICE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long documentId = ((Number) JsonPath.read(doc, "$.id")).longValue();
        String dispute = openDispute(tx, "AW/15/N1");
        int version = JsonPath.read(mvc.perform(get(dispute)).andReturn().getResponse().getContentAsString(), "$.version");
        mvc.perform(post(dispute + "/evidence").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":%d,\"documentId\":%d}".formatted(version, documentId))).andExpect(status().isOk());
        for (String lang : new String[] {"en", "zh-TW"}) {
            String text = ClearanceDisputeApiTest.pdfText(mvc.perform(get(dispute + "/letter.pdf").param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            // before: "Commercial invoice: null" / 「商業發票: null」
            // (the letter's table cell wraps the name: compared without the line breaks)
            assertThat(text.replaceAll("\\s+", "")).contains(lang.equals("en") ? "Commercialinvoice" : "商業發票", "KHA-2026-118")
                    .doesNotContain("null");
        }
    }

    String openDispute(String tx, String reference) throws Exception {
        String json = mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content(disputeBody(reference)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return tx + "/disputes/" + ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String disputeBody(String reference) {
        return """
                {"decisionKind":"RECLASSIFICATION","decisionReference":"%s","decisionSummary":"稅則改列","noticeReceived":"%s",
                 "amount":1000.00,"currency":"TWD","clientNeeds":"退稅"}""".formatted(reference,
                org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.TW).minusDays(3));
    }

    @Test
    void aSecondDisputeOnTheSameDecisionIs409NamingTheFirst() throws Exception {
        String tx = ClearanceFiles.base(file("IMPORT", "TW"));
        openDispute(tx, "AW/15/A123/0456");
        mvc.perform(post(tx + "/disputes").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content(disputeBody(" aw/15/a123/0456 ")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.dispute.duplicate"))
                .andExpect(jsonPath("$.detail").value(containsString("AW/15/A123/0456")));
        mvc.perform(post(tx + "/disputes").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(disputeBody("AW/15/A123/0456")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("already has its dispute")));
        mvc.perform(get(tx + "/disputes")).andExpect(jsonPath("$.length()").value(1));
        // another decision is another dispute
        openDispute(tx, "AW/15/A123/0457");
    }

    /**
     * Acceptance review (issue 8): 「高關稅字第 1150001號」 (with a space) was accepted beside 「高關稅字第1150001號」 although
     * the README says spaces are ignored; the ideographic space U+3000 and full-width digits are the same reference too.
     */
    @Test
    void aDecisionReferenceWrittenWithSpacesOrFullWidthIsTheSameDecision() throws Exception {
        String tx = ClearanceFiles.base(file("IMPORT", "TW"));
        openDispute(tx, "高關稅字第1150001號");
        for (String same : new String[] {"高關稅字第 1150001號", "高關稅字第\u30001150001號", "高關稅字第１１５０００１號", "高關稅字 第 1150001 號"}) {
            mvc.perform(post(tx + "/disputes").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                            .content(disputeBody(same)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("clearance.dispute.duplicate"));
        }
        mvc.perform(get(tx + "/disputes")).andExpect(jsonPath("$.length()").value(1));
        openDispute(tx, "高關稅字第1150002號");
    }

    @Test
    void theSameQueryPostedTwiceIsMailedOnce() throws Exception {
        String tx = ClearanceFiles.base(file("IMPORT", "TW"));
        mvc.perform(post(tx + "/queries").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + contactId + "}"))
                .andExpect(status().isCreated());
        mvc.perform(post(tx + "/queries").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactId\":" + contactId + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.query.repeat"))
                .andExpect(jsonPath("$.detail").value(containsString("林美華")));
        Mockito.verify(mailer, Mockito.times(1)).send(ArgumentMatchers.any());
        mvc.perform(get(tx + "/queries")).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theSameIssuePostedTwiceIsKeptOnce() throws Exception {
        String issues = ClearanceFiles.base(file("IMPORT", "TW")) + "/issues";
        String body = """
                {"description":"產地證明未隨貨提供","implications":"無法適用優惠稅率","likelihood":4,"impact":4,"owner":"coordinator"}""";
        mvc.perform(post(issues).contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        mvc.perform(post(issues).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.issue.duplicate"))
                .andExpect(jsonPath("$.detail").value(containsString("產地證明未隨貨提供")));
        mvc.perform(get(issues)).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theSameHandCapturePostedTwiceIsKeptOnce() throws Exception {
        long id = file("IMPORT", "TW");
        String tx = ClearanceFiles.base(id);
        mvc.perform(post(tx + "/documents/invoice").contentType(MediaType.APPLICATION_JSON).content(TEA_INVOICE))
                .andExpect(status().isCreated());
        mvc.perform(post(tx + "/documents/invoice").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content(TEA_INVOICE.replace("\"amount\":15000}", "\"amount\":15000.00}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.document.capture-duplicate"))
                .andExpect(jsonPath("$.existingDocument").value(containsString("/documents/")))
                .andExpect(jsonPath("$.detail").value(containsString("KHA-2026-118")));
        mvc.perform(get(tx)).andExpect(jsonPath("$.documents.length()").value(1));
        // a different invoice is kept
        mvc.perform(post(tx + "/documents/invoice").contentType(MediaType.APPLICATION_JSON)
                .content(TEA_INVOICE.replace("KHA-2026-118", "KHA-2026-119"))).andExpect(status().isCreated());
    }
}
