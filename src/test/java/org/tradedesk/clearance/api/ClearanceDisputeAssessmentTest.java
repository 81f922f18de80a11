package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;

/**
 * Issue 8: "the financial effect (refund / extra duty) computed by the engine". A dispute about customs' reassessment gives
 * the invoice line as declared and as customs assessed it; the tax engine computes both (the declaration's request, as
 * alternatives are costed) and the dispute records per tax the difference with the engine's bases, rates and data — on the
 * page, in the letter and through the API; an upheld dispute may take the engine's difference as its refund, a typed one is
 * marked entered by hand. The bundled Australian schedules are imported so the engine reads the rates itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceDisputeAssessmentTest {

    static final int SMTP = org.tradedesk.support.TestSmtp.freePort();

    /** Sending the declaration to the client (before its confirmation and lodgement) needs a mail server. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension greenMail = org.tradedesk.support.TestSmtp.server(SMTP);

    @org.springframework.test.context.DynamicPropertySource
    static void mail(org.springframework.test.context.DynamicPropertyRegistry registry) {
        org.tradedesk.support.TestSmtp.sendTo(registry, SMTP);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    TariffCatalogue catalogue;
    @Autowired
    java.time.Clock clock;

    long transactionId;
    String dispute;
    int version;

    @BeforeAll
    void importBundledSchedules() throws InterruptedException {
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, Jurisdiction.AU);
    }

    /**
     * An Australian sea import, FOB, of one Japanese sedan (8703.23.90, general rate 5 %) invoiced at A$10,000, declared
     * under JAEPA (Free); customs refused the preference and reassessed the line at the general rate: the client disputes
     * the A$550.00 demanded (typed by hand).
     */
    @BeforeEach
    void australianFileAndDispute() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Southern Cross Motors Pty Ltd", ClientKind.IMPORTER, CountryCode.AU, null,
                PreferredLanguage.EN, null, null, null)).id();
        ClearanceFiles files = new ClearanceFiles(mvc);
        transactionId = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"SYD-DSP",
                 "importer":"Southern Cross Motors Pty Ltd","exporter":"Nagoya Motors KK"}""".formatted(clientId));
        files.invoice(transactionId, """
                {"invoiceNumber":"NM-2026-78","issueDate":"2026-11-28","currency":"AUD","incoterm":"FOB","sellerName":"Nagoya Motors KK",
                 "sellerCountry":"JP","totalAmount":10000,"lines":[
                  {"description":"Sedan 2.0 l petrol","tariffCode":"87032390","originCountry":"JP","quantity":1,"unitCode":"EA","amount":10000}]}""");
        LocalDate notice = org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.AU).minusDays(3);
        String json = mvc.perform(post(ClearanceFiles.base(transactionId) + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                        {"decisionKind":"DUTY_ASSESSMENT","decisionReference":"ABF-2026-0099","decisionSummary":"JAEPA refused; duty at 5%%",
                         "noticeReceived":"%s","amount":550.00,"currency":"AUD","clientNeeds":"Refund of the duty and GST"}""".formatted(notice)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        dispute = ClearanceFiles.base(transactionId) + "/disputes/" + ((Number) JsonPath.read(json, "$.id")).longValue();
        version = JsonPath.read(json, "$.version");
    }

    static String assessment(int version, String lines) {
        return """
                {"version":%d,"freight":250,"insurance":50,"lines":%s}""".formatted(version, lines);
    }

    /** Line 1 declared under JAEPA, assessed by customs at the general rate (no preference). */
    static final String JAEPA_REFUSED = "[{\"line\":1,\"declared\":{\"preference\":\"JAEPA\"},\"assessed\":{}}]";

    static double tax(String json, String code, String field) {
        List<Number> found = JsonPath.read(json, "$.assessment.taxes[?(@.code == '" + code + "')]." + field);
        assertThat(found).hasSize(1);
        return found.get(0).doubleValue();
    }

    @Test
    void theEngineComputesTheDifferencePerTaxAndTheUpheldDisputeRefundsIt() throws Exception {
        // Worked by hand from the law, not from the code:
        //   customs value (Customs Act 1901 s 159, FOB price) = A$10,000.00; transport and insurance to Australia 250 + 50 = 300
        //   as declared, JAEPA: duty Free (Japan-Australia EPA; no Schedule 11 entry for 8703.23.90) = 0.00
        //     GST 10 % of (customs value + duty + transport and insurance) (GST Act s 13-20(2))
        //       = 10 % × (10,000.00 + 0.00 + 300.00) = 10 % × 10,300.00 = 1,030.00          → total 1,030.00
        //   as assessed, general rate: duty 5 % (Schedule 3, 8703.23.90) = 10,000.00 × 5 % = 500.00
        //     GST = 10 % × (10,000.00 + 500.00 + 300.00) = 10 % × 10,800.00 = 1,080.00       → total 1,580.00
        //   difference: duty 500.00 − 0.00 = 500.00; GST 1,080.00 − 1,030.00 = 50.00 (10 % of the duty difference);
        //   total 1,580.00 − 1,030.00 = 550.00 extra payable on the assessment, refunded if the dispute succeeds
        String json = mvc.perform(post(dispute + "/assessment").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(assessment(version, JAEPA_REFUSED)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.currency").value("AUD"))
                .andExpect(jsonPath("$.assessment.declaredTotal").value(1030.00))
                .andExpect(jsonPath("$.assessment.assessedTotal").value(1580.00))
                .andExpect(jsonPath("$.assessment.difference").value(550.00))
                .andExpect(jsonPath("$.assessment.effect.text").value(containsString("Extra payable on customs' assessment: ")))
                .andExpect(jsonPath("$.assessment.effect.text").value(containsString("550.00")))
                .andExpect(jsonPath("$.assessment.source.text").value(containsString("Computed by the tax engine on ")))
                .andExpect(jsonPath("$.assessment.source.text").value(containsString("tax chain AU version AU-2026.1")))
                .andExpect(jsonPath("$.amountSource").value("HAND"))
                .andReturn().getResponse().getContentAsString();
        assertThat(tax(json, "DUTY", "declaredAmount")).isEqualTo(0.0);
        assertThat(tax(json, "DUTY", "assessedBase")).isEqualTo(10000.00);
        assertThat(tax(json, "DUTY", "assessedAmount")).isEqualTo(500.00);
        assertThat(tax(json, "DUTY", "difference")).isEqualTo(500.00);
        assertThat((List<String>) JsonPath.read(json, "$.assessment.taxes[?(@.code == 'DUTY')].assessedRate")).containsExactly("5%");
        assertThat(tax(json, "GST", "declaredBase")).isEqualTo(10300.00);
        assertThat(tax(json, "GST", "declaredAmount")).isEqualTo(1030.00);
        assertThat(tax(json, "GST", "assessedBase")).isEqualTo(10800.00);
        assertThat(tax(json, "GST", "assessedAmount")).isEqualTo(1080.00);
        assertThat(tax(json, "GST", "difference")).isEqualTo(50.00);
        version = JsonPath.read(json, "$.version");

        // in Chinese to a Chinese reader; the history says it was computed
        mvc.perform(get(dispute).header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$.assessment.effect.text").value(containsString("依海關核定應補繳")))
                .andExpect(jsonPath("$.assessment.source.text").value(containsString("稅費引擎於")));
        mvc.perform(get(ClearanceFiles.base(transactionId) + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].what.code").value("clearance.history.dispute-assessed"));

        // the page and the letter show the figures, and that the amount in dispute was entered by hand
        String page = mvc.perform(get("/clearance/transactions/" + transactionId + "/disputes/" + dispute.substring(dispute.lastIndexOf('/') + 1))
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"assessment-table\"", "data-tax=\"DUTY\"", "data-tax=\"GST\"", "550.00", "entered by hand",
                "Computed by the tax engine on ");
        String letter = ClearanceDisputeApiTest.pdfText(mvc.perform(get(dispute + "/letter.pdf").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(letter).contains("Financial effect", "10,800.00", "1,080.00", "550.00", "entered by hand",
                "refunded if the dispute succeeds");
        String zhLetter = ClearanceDisputeApiTest.pdfText(mvc.perform(get(dispute + "/letter.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(zhLetter).contains("財務影響", "人工輸入", "爭議成立時退還");
        // re-review F10: the source in full-width brackets in Chinese, half-width in English
        assertThat(zhLetter).contains("（人工輸入）").doesNotContain("(人工輸入)");
        assertThat(letter).contains("(entered by hand)");
        // t4fixW: both sides rested on the same data, said once (the letter printed the data-version text twice)
        assertThat(letter.split("AU-2026\\.1", -1)).as("the data version in the English letter").hasSize(2);
        assertThat(zhLetter.split("AU-2026\\.1", -1)).as("the data version in the Chinese letter").hasSize(2);
        assertThat(page.split("AU-2026\\.1", -1)).as("the data version on the page").hasSize(2);

        // PARTLY_UPHELD needs its amount typed; UPHELD without one takes the engine's difference, marked so
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"outcome":"PARTLY_UPHELD","decidedOn":"%s"}""".formatted(version,
                        org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.AU))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("refundedAmount"));
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"outcome":"UPHELD","decidedOn":"%s"}""".formatted(version,
                        org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.AU))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome.refundedAmount").value(550.00))
                .andExpect(jsonPath("$.outcome.refundSource").value("ENGINE"))
                .andExpect(jsonPath("$.outcome.stillBorne").value(0.0));
        // t4fixL (T4 acceptance review item 4): the letter keeps the financial effect and the review route after the outcome
        String decided = ClearanceDisputeApiTest.pdfText(mvc.perform(get(dispute + "/letter.pdf").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(decided).contains("Upheld", "Financial effect", "10,800.00", "1,080.00", "550.00", "Review route and deadlines",
                "Refund application", "Customs Act 1901 s163");
    }

    /**
     * Review R7: the engine's figures are those of the file when it computed them. A change the checks read made since (a
     * document added) leaves them stale: an upheld dispute does not take its refund from them; typed by hand it is taken.
     */
    @Test
    void anEngineRefundIsRefusedWhenTheFileChangedAfterTheAssessment() throws Exception {
        String json = mvc.perform(post(dispute + "/assessment").contentType(MediaType.APPLICATION_JSON)
                .content(assessment(version, JAEPA_REFUSED))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        version = JsonPath.read(json, "$.version");
        Thread.sleep(5); // the change comes after the assessment
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(ClearanceFiles.base(transactionId)
                        + "/documents").file(new org.springframework.mock.web.MockMultipartFile("file", "freight-invoice.txt",
                        "text/plain", "Freight A$400".getBytes(java.nio.charset.StandardCharsets.UTF_8))).param("type", "OTHER"))
                .andExpect(status().isCreated());
        String today = org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.AU).toString();
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content("""
                        {"version":%d,"outcome":"UPHELD","decidedOn":"%s"}""".formatted(version, today)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.dispute.assessment.stale"))
                .andExpect(jsonPath("$.detail").value(containsString("assess again")));
        mvc.perform(get(dispute)).andExpect(jsonPath("$.outcome").doesNotExist());
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"outcome":"UPHELD","decidedOn":"%s","refundedAmount":550,"refundedCurrency":"AUD"}""".formatted(version,
                        today)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome.refundSource").value("HAND"));
    }

    @Test
    void badLinesAreRefusedWithTheirFieldAndNothingIsRecorded() throws Exception {
        // a line the invoice does not have
        mvc.perform(post(dispute + "/assessment").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(assessment(version, "[{\"line\":9,\"declared\":{\"preference\":\"JAEPA\"},\"assessed\":{}}]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].line"))
                // re-review F2: the label rendered with its arguments, not "Line 1 Line {0} {1}"
                .andExpect(jsonPath("$.errors[0].label").value("Line 1 line number"));
        // re-review F3: the engine's refusal of a duty rate is said at this request's field, in clearance's words (項, not 行)
        mvc.perform(post(dispute + "/assessment").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(assessment(version, "[{\"line\":1,\"declared\":{\"duty\":\"5%\"},\"assessed\":{\"duty\":\"abc\"}}]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.dispute.assessment.engine-refused"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].assessed.duty"))
                .andExpect(jsonPath("$.errors[0].label").value("第 1 項 關稅稅率"))
                .andExpect(jsonPath("$.detail").value(containsString("第 1 項（核定）關稅稅率：")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("第 1 行"))));
        // customs' assessment the same as the declaration
        mvc.perform(post(dispute + "/assessment").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(assessment(version, "[{\"line\":1,\"declared\":{\"duty\":\"5%\"},\"assessed\":{\"duty\":\"5%\"}}]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.dispute.assessment.no-change"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].assessed"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("海關核定與申報相同")));
        // no lines, a negative value: refused by the request's rules, each at its field
        mvc.perform(post(dispute + "/assessment").contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines"));
        // re-review F3: an empty list of lines is said in lines, not characters
        mvc.perform(post(dispute + "/assessment").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"version\":" + version + ",\"lines\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines"))
                .andExpect(jsonPath("$.errors[0].message").value("must have 1 to 200 lines"));
        mvc.perform(post(dispute + "/assessment").contentType(MediaType.APPLICATION_JSON)
                        .content(assessment(version, "[{\"line\":1,\"assessed\":{\"value\":-5}}]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].assessed.value"));
        mvc.perform(get(dispute)).andExpect(jsonPath("$.assessment").doesNotExist());
        // a penalty is no duty or tax of the declaration: nothing for the engine to compute
        String penalty = mvc.perform(post(ClearanceFiles.base(transactionId) + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                        {"decisionKind":"PENALTY","decisionReference":"ABF-P-7","decisionSummary":"Infringement notice",
                         "noticeReceived":"%s","amount":1000.00,"currency":"AUD","clientNeeds":"Remission"}"""
                        .formatted(org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.AU))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post(ClearanceFiles.base(transactionId) + "/disputes/" + ((Number) JsonPath.read(penalty, "$.id")).longValue()
                        + "/assessment").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(assessment(0, JAEPA_REFUSED)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.dispute.assessment.penalty"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("penalty")));

        // on the page: the form keeps what was typed and says what is wrong at its field (422)
        String page = "/clearance/transactions/" + transactionId + "/disputes/" + dispute.substring(dispute.lastIndexOf('/') + 1);
        String html = mvc.perform(post(page + "/assessment").with(csrf()).header("Accept-Language", "en")
                        .param("version", String.valueOf(version)).param("line", "7").param("declaredPreference", "JAEPA")
                        .param("freight", "250"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"JAEPA\"", "value=\"250\"", "assessment-line-error");
        // the same form right: computed, the page goes to the figures (the worked example of the other test: 550.00)
        mvc.perform(post(page + "/assessment").with(csrf()).param("version", String.valueOf(version)).param("line", "1")
                        .param("declaredPreference", "JAEPA").param("freight", "250").param("insurance", "50"))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get(dispute)).andExpect(jsonPath("$.assessment.difference").value(550.00))
                .andReturn().getResponse().getContentAsString();
        version = JsonPath.read(after, "$.version");
        // a typed refund stays possible, marked entered by hand
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"outcome":"UPHELD","decidedOn":"%s","refundedAmount":550,"refundedCurrency":"AUD"}""".formatted(version,
                        org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.AU))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome.refundSource").value("HAND"));
    }

    /**
     * The declared side is the LODGED declaration, not the invoice as corrected after lodgement: the sedan was lodged at
     * A$10,000 under JAEPA (Free), freight 250 and insurance 50; the invoice is then corrected to A$12,000. Customs refused
     * JAEPA: the effect is still worked on what was lodged — the figures of the first test (declared GST 10 % × 10,300.00 =
     * 1,030.00; assessed duty 5 % × 10,000.00 = 500.00, GST 10 % × 10,800.00 = 1,080.00; 550.00 extra), not on 12,000 (which
     * would give 1,230.00 / 1,890.00 / 660.00). With the declared side left empty the lodged preference, rate, freight and
     * insurance are taken.
     */
    @Test
    void theDeclaredSideIsTheLodgedDeclarationNotTheInvoiceCorrectedSince() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Harbour Sedans Pty Ltd", ClientKind.IMPORTER, CountryCode.AU, null,
                PreferredLanguage.EN, null, null, null)).id();
        long contact = clients.addContact(new org.tradedesk.clients.ClientId(clientId), new org.tradedesk.clients.ContactDetails(
                "Jane Citizen", "jane@harbour-sedans.example", null, null, PreferredLanguage.EN)).id();
        ClearanceFiles files = new ClearanceFiles(mvc);
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"SYD-LODGED",
                 "importer":"Harbour Sedans Pty Ltd","exporter":"Nagoya Motors KK","portOfLoading":"JPNGO","portOfDischarge":"AUSYD"}"""
                .formatted(clientId));
        String invoice = """
                {"invoiceNumber":"NM-2026-91","issueDate":"2026-11-28","currency":"AUD","incoterm":"FOB","sellerName":"Nagoya Motors KK",
                 "sellerCountry":"JP","totalAmount":%s,"lines":[
                  {"description":"Sedan 2.0 l petrol","tariffCode":"8703239087","originCountry":"JP","quantity":1,"unitCode":"EA","amount":%s}]}""";
        files.invoice(id, invoice.formatted("10000", "10000"));
        files.transportDocument(id, "BILL_OF_LADING", "bl-" + id + ".txt", "B/L NYK" + id);
        files.transportDocument(id, "CERTIFICATE_OF_ORIGIN", "origin-" + id + ".txt", "JAEPA certificate of origin JP-2026-" + id);
        files.documentsComplete(id);
        String base = ClearanceFiles.base(id);
        String draft = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"53004085616","declarantName":"Harbour Customs Brokers Pty Ltd","importerId":"51824753556","freight":250,"insurance":50,
                         "items":[{"line":1,"preference":"JAEPA","duty":"0%"}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long d = ((Number) JsonPath.read(draft, "$.id")).longValue();
        String code = JsonPath.read(draft, "$.sha256").toString().substring(0, 12);
        mvc.perform(post(base + "/declarations/" + d + "/send").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + contact + "}"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + contact + ",\"code\":\"" + code + "\"}")).andExpect(status().isOk());
        mvc.perform(post(base + "/declarations/" + d + "/lodgement")).andExpect(status().isOk());
        // after lodgement the invoice is corrected: A$12,000
        String file = mvc.perform(get(base)).andReturn().getResponse().getContentAsString();
        long invoiceId = ((Number) ((List<?>) JsonPath.read(file, "$.documents[?(@.type == 'COMMERCIAL_INVOICE')].id")).get(0)).longValue();
        Number invoiceVersion = JsonPath.read(mvc.perform(get(base + "/documents/" + invoiceId)).andReturn().getResponse().getContentAsString(),
                "$.version");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(base + "/documents/" + invoiceId + "/capture")
                        .param("version", String.valueOf(invoiceVersion)).contentType(MediaType.APPLICATION_JSON)
                        .content(invoice.formatted("12000", "12000")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.captured.lines[0].amount").value(12000));
        // and the file's Incoterm is changed to CIF: customs valued what was lodged, FOB (review R4; on the file's CIF the
        // engine would take the freight and insurance out of the price, 10,000.00 − 300.00 = 9,700.00, and the figures move)
        String before = mvc.perform(get(base)).andReturn().getResponse().getContentAsString();
        Number fileVersion = JsonPath.read(before, "$.version");
        String declared = JsonPath.read(before, "$.declarationDate");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(base).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"CIF","reference":"SYD-LODGED",
                                 "importer":"Harbour Sedans Pty Ltd","exporter":"Nagoya Motors KK","portOfLoading":"JPNGO",
                                 "portOfDischarge":"AUSYD","declarationDate":"%s","version":%d}""".formatted(clientId, declared,
                                fileVersion.longValue())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.incoterm").value("CIF"));
        LocalDate notice = org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.AU).minusDays(1);
        String created = mvc.perform(post(base + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                        {"decisionKind":"DUTY_ASSESSMENT","decisionReference":"ABF-2026-0142","decisionSummary":"JAEPA refused",
                         "noticeReceived":"%s","amount":550.00,"currency":"AUD","clientNeeds":"Refund"}""".formatted(notice)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String lodgedDispute = base + "/disputes/" + ((Number) JsonPath.read(created, "$.id")).longValue();
        int disputeVersion = JsonPath.read(created, "$.version");
        // on a lodged declaration customs' side is the item as lodged unless given: refusing JAEPA is an explicit GENERAL
        String json = mvc.perform(post(lodgedDispute + "/assessment").contentType(MediaType.APPLICATION_JSON)
                        .content(assessment(disputeVersion, LODGED_JAEPA_REFUSED)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.declaredTotal").value(1030.00))
                .andExpect(jsonPath("$.assessment.assessedTotal").value(1580.00))
                .andExpect(jsonPath("$.assessment.difference").value(550.00))
                .andReturn().getResponse().getContentAsString();
        assertThat(tax(json, "GST", "declaredBase")).isEqualTo(10300.00);
        assertThat(tax(json, "DUTY", "assessedBase")).isEqualTo(10000.00);
        assertThat(tax(json, "DUTY", "assessedAmount")).isEqualTo(500.00);
        // the declared side left empty: the lodged JAEPA claim at Free, the lodged freight and insurance
        mvc.perform(post(lodgedDispute + "/assessment").contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"lines":[{"line":1,"declared":{},"assessed":{"preference":"GENERAL"}}]}""".formatted(disputeVersion + 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.declaredTotal").value(1030.00))
                .andExpect(jsonPath("$.assessment.assessedTotal").value(1580.00))
                .andExpect(jsonPath("$.assessment.difference").value(550.00));
        // both sides left empty are the lodged item twice: nothing in dispute, refused at the entry and nothing recorded
        mvc.perform(post(lodgedDispute + "/assessment").contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"lines":[{"line":1,"declared":{},"assessed":{}}]}""".formatted(disputeVersion + 2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].assessed"));
        // customs' JAEPA given as lodged and the rate as lodged: the same claim, refused too
        mvc.perform(post(lodgedDispute + "/assessment").contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"lines":[{"line":1,"declared":{},"assessed":{"preference":"jaepa","duty":"0%%"}}]}"""
                        .formatted(disputeVersion + 2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].assessed"));
        // A VALUE-ONLY dispute on the JAEPA line: customs revalued the sedan to A$11,000 and left the preference alone.
        // Worked by hand: declared as lodged, JAEPA Free: duty 0.00, GST 10 % × (10,000.00 + 0.00 + 300.00) = 1,030.00;
        // assessed, JAEPA Free kept: duty 0.00, GST 10 % × (11,000.00 + 0.00 + 300.00) = 1,130.00; difference 100.00 —
        // the GST on the A$1,000 value change alone (before the fix customs' side lost JAEPA: duty 5 % × 11,000 = 550.00,
        // GST 10 % × 11,850.00 = 1,185.00, difference 705.00 with duty never disputed).
        String valueOnly = mvc.perform(post(lodgedDispute + "/assessment").contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"lines":[{"line":1,"declared":{},"assessed":{"value":11000}}]}""".formatted(disputeVersion + 2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.declaredTotal").value(1030.00))
                .andExpect(jsonPath("$.assessment.assessedTotal").value(1130.00))
                .andExpect(jsonPath("$.assessment.difference").value(100.00))
                .andReturn().getResponse().getContentAsString();
        List<Number> dutyDifference = JsonPath.read(valueOnly, "$.assessment.taxes[?(@.code == 'DUTY')].difference");
        assertThat(dutyDifference).hasSize(1).allMatch(n -> n.doubleValue() == 0);
        assertThat(tax(valueOnly, "GST", "assessedBase")).isEqualTo(11300.00);
    }

    /** Line 1 lodged under JAEPA: customs refused the preference (the general rate, an explicit GENERAL). */
    static final String LODGED_JAEPA_REFUSED = "[{\"line\":1,\"declared\":{\"preference\":\"JAEPA\"},\"assessed\":{\"preference\":\"GENERAL\"}}]";

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    /** The history's lines (newest first) as rendered in a language. */
    List<String> history(String language) throws Exception {
        return JsonPath.read(mvc.perform(get(ClearanceFiles.base(transactionId) + "/history").header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].what.text");
    }

    /**
     * Re-review F3 and F10 (t4fixO): the history names a dispute as users know it (the kind and customs' decision reference),
     * never by our id ("Dispute 2: …", 「爭議 1：…」), also on lines stored before (read with the name); the assessment's line
     * is short (the difference per tax and the data versions), its details stay on the dispute's page.
     */
    @Test
    void theHistoryNamesTheDisputeAndKeepsTheAssessmentShort() throws Exception {
        String today = org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.AU).toString();
        // paid (the protest and the refund application run from the payment)
        String created = mvc.perform(post(ClearanceFiles.base(transactionId) + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                        {"decisionKind":"DUTY_ASSESSMENT","decisionReference":"ABF-2026-0101","decisionSummary":"JAEPA refused",
                         "noticeReceived":"%s","paidOn":"%s","amount":550.00,"currency":"AUD","clientNeeds":"Refund"}"""
                        .formatted(today, today)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long disputeId = ((Number) JsonPath.read(created, "$.id")).longValue();
        String dispute = ClearanceFiles.base(transactionId) + "/disputes/" + disputeId;
        int version = JsonPath.read(created, "$.version");
        String json1 = mvc.perform(post(dispute + "/assessment").contentType(MediaType.APPLICATION_JSON)
                .content(assessment(version, JAEPA_REFUSED))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        version = JsonPath.read(json1, "$.version");
        String json2 = mvc.perform(post(dispute + "/steps").contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"stepId":"au-refund","filedOn":"%s","summary":"refund asked"}""".formatted(version, today)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        version = JsonPath.read(json2, "$.version");
        mvc.perform(post(dispute + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"outcome":"UPHELD","decidedOn":"%s"}""".formatted(version, today)))
                .andExpect(status().isOk());
        // a line as stored before: the dispute by its id
        jdbc.update("insert into clearance_history (transaction_id, occurred_at, username, code, args_json) values (?, ?, ?, ?, ?)",
                transactionId, java.sql.Timestamp.from(java.time.Instant.now(clock).plusSeconds(60)), "coordinator",
                "clearance.history.dispute-step", json.writeValueAsString(List.of(
                        org.tradedesk.shared.MessageText.Arg.number(disputeId),
                        org.tradedesk.shared.MessageText.Arg.code("clearance.dispute.step.au-protest"),
                        org.tradedesk.shared.MessageText.Arg.date(LocalDate.parse(today)))));

        List<String> en = history("en");
        assertThat(en.stream().filter(l -> l.contains("Duty assessment (ABF-2026-0101)"))).hasSize(5);
        assertThat(en).noneSatisfy(l -> assertThat(l).containsPattern("Dispute \\d"));
        assertThat(en).anySatisfy(l -> assertThat(l).startsWith("Dispute over Duty assessment (ABF-2026-0101): Refund application filed on"));
        assertThat(en).anySatisfy(l -> assertThat(l)
                .startsWith("Dispute over Duty assessment (ABF-2026-0101): Notice of payment under protest filed on"));
        assertThat(en).anySatisfy(l -> assertThat(l).startsWith("Dispute over Duty assessment (ABF-2026-0101) decided: Upheld"));
        String assessed = en.stream().filter(l -> l.contains("financial effect computed")).findFirst().orElseThrow();
        // the worked example above: duty 500.00, GST 50.00, on the AU tax chain's version AU-2026.1
        assertThat(assessed).contains("difference per tax:", "500.00", "50.00", "tax chain AU version AU-2026.1",
                "Details on the dispute's page");
        assertThat(assessed.length()).isLessThan(600);
        assertThat(assessed.indexOf("tax chain AU version AU-2026.1")).isEqualTo(assessed.lastIndexOf("tax chain AU version AU-2026.1"));
        List<String> zh = history("zh-TW");
        assertThat(zh).anySatisfy(l -> assertThat(l).startsWith("爭議「稅款核定（ABF-2026-0101）」：已計算財務影響。"));
        assertThat(zh).noneSatisfy(l -> assertThat(l).containsPattern("爭議 \\d"));
    }

    /**
     * Re-review F7 (t4fixO): an upheld dispute without a refund typed takes the engine's difference; more than the amount in
     * dispute the user entered, the message says the figure is the engine's (never typed) and what to do.
     */
    @Test
    void anEngineDifferenceAboveTheAmountInDisputeIsSaidToBeTheEngines() throws Exception {
        String today = org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.AU).toString();
        String created = mvc.perform(post(ClearanceFiles.base(transactionId) + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                        {"decisionKind":"DUTY_ASSESSMENT","decisionReference":"ABF-2026-0100","decisionSummary":"JAEPA refused",
                         "noticeReceived":"%s","amount":125.11,"currency":"AUD","clientNeeds":"Refund"}""".formatted(today)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String small = ClearanceFiles.base(transactionId) + "/disputes/" + ((Number) JsonPath.read(created, "$.id")).longValue();
        String assessed = mvc.perform(post(small + "/assessment").contentType(MediaType.APPLICATION_JSON)
                .content(assessment(JsonPath.read(created, "$.version"), JAEPA_REFUSED))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int v = JsonPath.read(assessed, "$.version");
        mvc.perform(post(small + "/outcome").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content("""
                        {"version":%d,"outcome":"UPHELD","decidedOn":"%s"}""".formatted(v, today)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("refundedAmount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(
                        // with their currency, by the one rule of clearance's figures (t4fixW: they were bare "550.00" and "125.11")
                        "the tax engine's difference AUD 550.00 is more than the amount in dispute AUD 125.11 you entered")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Type the refund, or correct the amount in dispute")));
        mvc.perform(post(small + "/outcome").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW").content("""
                        {"version":%d,"outcome":"UPHELD","decidedOn":"%s"}""".formatted(v, today)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("稅費引擎計算的差額 AUD 550.00 超過您輸入的爭議金額 AUD 125.11")));
        // typed by hand, the message stays the one about the refund typed
        mvc.perform(post(small + "/outcome").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content("""
                        {"version":%d,"outcome":"UPHELD","decidedOn":"%s","refundedAmount":200,"refundedCurrency":"AUD"}""".formatted(v, today)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("The refund AUD 200.00")));
    }

    /**
     * Re-review F8 and F9 (t4fixO): the letter cites only the file's own jurisdiction's law, in the reader's language (the
     * English Australian letter said "(Taiwan 行政程序法 §48, …)"); the Chinese letter's state column keeps 「尚餘 N 日」 on one
     * line, its number whole.
     */
    @Test
    void theLetterCitesOnlyItsOwnLawAndKeepsTheStateWhole() throws Exception {
        String today = org.tradedesk.clearance.FileTime.today(clock, Jurisdiction.AU).toString();
        String created = mvc.perform(post(ClearanceFiles.base(transactionId) + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                        {"decisionKind":"DUTY_ASSESSMENT","decisionReference":"ABF-2026-0102","decisionSummary":"JAEPA refused",
                         "noticeReceived":"%s","paidOn":"%s","amount":550.00,"currency":"AUD","clientNeeds":"Refund"}"""
                        .formatted(today, today)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String paid = ClearanceFiles.base(transactionId) + "/disputes/" + ((Number) JsonPath.read(created, "$.id")).longValue();
        String en = ClearanceDisputeApiTest.pdfText(mvc.perform(get(paid + "/letter.pdf").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(en.replaceAll("\\s+", " ")).contains("(Acts Interpretation Act 1901 s 36(2); holidays of the ACT held for 2026 and 2027)")
                .doesNotContain("Taiwan").doesNotContain("行政程序法");
        String zh = ClearanceDisputeApiTest.pdfText(mvc.perform(get(paid + "/letter.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(zh.replaceAll("\\s+", "")).contains("澳洲1901年法律解釋法第36條第2項").doesNotContain("行政程序法").doesNotContain("臺灣");
        // the refund application's four years from the payment (Customs Act 1901 s163): well over a thousand days left
        java.util.regex.Matcher left = java.util.regex.Pattern.compile("尚餘 ?([\\d,]+) ?日").matcher(zh);
        List<Integer> days = new java.util.ArrayList<>();
        while (left.find()) {
            days.add(Integer.parseInt(left.group(1).replace(",", "")));
        }
        assertThat(days).contains(7).anySatisfy(n -> assertThat(n).isGreaterThan(1400));
        assertThat(zh).doesNotContainPattern("尚\\s*\\n\\s*餘");
        String page = mvc.perform(get("/clearance/transactions/" + transactionId + "/disputes/" + paid.substring(paid.lastIndexOf('/') + 1))
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Acts Interpretation Act 1901 s 36(2)").doesNotContain("行政程序法");
    }
}
