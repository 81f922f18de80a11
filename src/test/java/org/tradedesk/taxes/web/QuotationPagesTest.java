package org.tradedesk.taxes.web;

import org.tradedesk.taxes.CalculationId;
import org.tradedesk.clients.ClientId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.TestSmtp;
import org.tradedesk.taxes.CalculationStatus;
import org.tradedesk.taxes.TaxCalculations;

/**
 * The T1 pages through MockMvc: live recalculation, validation at the field, the review by role
 * (P1.3.2), the documents and the advice e-mail received by an in-process SMTP server (P1.3.3).
 * Figures are the published assessment of TW-TCDA-107-JIAN-72 (used BMW X5, 臺灣臺中地方法院
 * 107年度簡字第72號): dutiable value NT$742,492, duty 17.5 %, commodity tax 30 %, business tax 5 %,
 * trade promotion fee 0.04 %: 129,936 + 261,728 + 56,707 + 296 = 448,667.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuotationPagesTest {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, PORT);
    }

    static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");
    static final RequestPostProcessor MANAGER = user("max").roles("MANAGER", "COORDINATOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    TaxCalculations calculations;
    @Autowired
    java.time.Clock clock;

    long client(PreferredLanguage language) {
        TestSecurityContextHolder.setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("carol", "x", "ROLE_COORDINATOR"));
        try {
            return clients.create(new ClientDetails("台中汽車貿易有限公司", ClientKind.IMPORTER, CountryCode.TW, null, language,
                    null, null, null)).id();
        } finally {
            TestSecurityContextHolder.clearContext();
        }
    }

    /** The BMW X5 quotation; {@code overrides} are name, value pairs replacing or adding parameters. */
    static MockHttpServletRequestBuilder bmw(MockHttpServletRequestBuilder request, String clientId, String... overrides) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("clientId", clientId);
        p.put("jurisdiction", "TW");
        p.put("date", "2018-03-01");
        p.put("currency", "TWD");
        p.put("incoterm", "CIF");
        p.put("exchangeRate", "1");
        p.put("allocation", "VALUE");
        p.put("lines[0].description", "Used BMW X5 xDrive35i 2013");
        p.put("lines[0].tariffCode", "8703.23");
        p.put("lines[0].origin", "US");
        p.put("lines[0].value", "742492");
        p.put("lines[0].measures", "duty=17.5%; commodityTax=30%");
        for (int i = 0; i < overrides.length; i += 2) {
            p.put(overrides[i], overrides[i + 1]);
        }
        request.with(csrf());
        p.forEach(request::param);
        return request;
    }

    @Test
    void previewRecalculatesThePublishedAssessment() throws Exception {
        String html = mvc.perform(bmw(post("/taxes/quotations/preview"), "").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"result\"").contains("data-total=\"448667").doesNotContain("<html")
                // each tax truncated to whole NT$ prints whole (issue 6: not 129,936.00 beside 129,936)
                .contains(">129,936<").contains(">261,728<").contains(">56,707<").contains(">296<").doesNotContain(">129,936.00<")
                .contains("關稅法");
    }

    @Test
    void optionComparisonMarksTheCheapest() throws Exception {
        // with the option's duty free: commodity tax 742,492 × 30 % = 222,747.6 → 222,747; business tax
        // (742,492 + 222,747) × 5 % = 48,261.95 → 48,261; fee 296: total 271,304
        String html = mvc.perform(bmw(post("/taxes/quotations/preview"), "", "lines[0].optionScheme", "FTA",
                        "lines[0].optionDuty", "0%", "lines[0].optionRequires", "certificate of origin").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).containsPattern("data-scheme=\"FTA\" data-cheapest=\"true\"")
                // the option's total of whole-NT$ taxes prints whole, as the letter prints it (issue 6)
                .contains(">271,304<").doesNotContain("271,304.00").contains("certificate of origin");
    }

    @Test
    void aQuotationStartsFromTheClientsPage() throws Exception {
        long clientId = client(PreferredLanguage.EN);
        String page = mvc.perform(get("/clients/" + clientId).with(COORDINATOR).param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/taxes/quotations/new?clientId=" + clientId + "\"").contains("新增稅費試算");
        String form = mvc.perform(get("/taxes/quotations/new").param("clientId", String.valueOf(clientId)).with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).containsPattern("<option value=\"" + clientId + "\" selected=\"selected\"");
    }

    @Test
    void theExplanationIsInTheReadersLanguage() throws Exception {
        String zh = mvc.perform(bmw(post("/taxes/quotations/preview"), "", "lines[0].optionScheme", "FTA",
                        "lines[0].optionDuty", "0%").with(COORDINATOR).param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("一般（最惠國）稅率").contains("完稅價格 + 進口稅").contains("無條件捨去至整數")
                .doesNotContain("General (MFN) rate").doesNotContain("TRUNCATE_0").doesNotContain("CUSTOMS_VALUE");
        String en = mvc.perform(bmw(post("/taxes/quotations/preview"), "").with(COORDINATOR).param("lang", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("customs value + Import duty").contains("truncated to whole units").doesNotContain("decimal(s)");
    }

    @Test
    void fieldErrorsAreShownAtTheField() throws Exception {
        String html = mvc.perform(bmw(post("/taxes/quotations"), String.valueOf(client(PreferredLanguage.EN)), "lines[0].origin", "usa").with(COORDINATOR)
                        .param("lang", "en"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).containsPattern("id=\"lines0.origin\"[^>]*is-invalid|class=\"[^\"]*is-invalid[^\"]*\"[^>]*id=\"lines0.origin\"")
                .contains("must be a two-letter ISO country code");
    }

    @Test
    void anEngineErrorIsShownAtTheLineItNames() throws Exception {
        long clientId = client(PreferredLanguage.EN);
        String html = mvc.perform(bmw(post("/taxes/quotations"), String.valueOf(clientId),
                        "lines[0].measures", "duty=5% + ; commodityTax=30%").with(COORDINATOR).param("lang", "en"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).containsPattern("class=\"[^\"]*is-invalid[^\"]*\"[^>]*id=\"lines0.measures\"|id=\"lines0.measures\"[^>]*is-invalid")
                .contains("line 1, Duty rate: ").doesNotContain("lines[0].measures.duty:");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
    }

    @Test
    void aQuotationNeedsAClientToBeSaved() throws Exception {
        String html = mvc.perform(bmw(post("/taxes/quotations"), "").with(COORDINATOR).param("lang", "en"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Choose the client the calculation is for.");
        // a malformed or unknown client id is an error at the field, not a server error, and saves nothing
        long before = org.tradedesk.support.AsUser.manager(() -> calculations.search(null, null, 1000)).size();
        String malformed = mvc.perform(bmw(post("/taxes/quotations"), "abc").with(COORDINATOR).param("lang", "en"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(malformed).contains("id=\"clientId-error\"");
        String unknown = mvc.perform(bmw(post("/taxes/quotations"), "987654321").with(COORDINATOR).param("lang", "en"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("No such client");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.search(null, null, 1000))).hasSize((int) before);
    }

    @Test
    void anUnreadableAmountOrDateIsShownBackAtItsFieldWithTheOtherErrorsAndNothingIsSaved() throws Exception {
        long clientId = client(PreferredLanguage.EN);
        String html = mvc.perform(bmw(post("/taxes/quotations"), String.valueOf(clientId), "lines[0].value", "abc",
                        "date", "2026-02-30", "lines[0].origin", "usa").with(COORDINATOR).param("lang", "en"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"lines0.value-error\"").contains("id=\"date-error\"").contains("id=\"lines0.origin-error\"")
                .containsPattern("id=\"lines0.value\"[^>]*value=\"abc\"|value=\"abc\"[^>]*id=\"lines0.value\"");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
    }

    @Test
    void aConcessionIsClaimedByItsNumberAndItsErrorsShownAtItsFields() throws Exception {
        // a Taiwan tariff quota needs its in-quota rate: the error is shown at the duty field of the option
        String html = mvc.perform(bmw(post("/taxes/quotations/preview"), "", "lines[0].optionScheme", "QUOTA",
                        "lines[0].optionReference", "TRQ-2018-0042").with(COORDINATOR).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("line 1, Its duty: a QUOTA claim needs the rate of its quota certificate number");
        String quoted = mvc.perform(bmw(post("/taxes/quotations/preview"), "", "lines[0].optionScheme", "QUOTA",
                        "lines[0].optionReference", "TRQ-2018-0042", "lines[0].optionDuty", "0%").with(COORDINATOR).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(quoted).containsPattern("data-scheme=\"QUOTA\"").contains("TRQ-2018-0042").contains("關稅配額實施辦法");
    }

    @Test
    void theQuotationScreenSpeaksBothLanguages() throws Exception {
        String zh = mvc.perform(get("/taxes/quotations/new").param("lang", "zh-TW").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("進口稅費報價試算", "發票明細", "儲存試算");
        String en = mvc.perform(get("/taxes/quotations/new").param("lang", "en").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Duty and tax quotation", "Invoice lines", "Save calculation");
    }

    @Test
    void aUkQuotationFormIsDatedByLondonsDayAndAnUnknownCodeStillShowsTheForm() throws Exception {
        // the UK tax chain has no tariff schedule: the form was refused with tariff.jurisdiction.unknown
        String uk = mvc.perform(get("/taxes/quotations/new").param("jurisdiction", "UK").param("lang", "en").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String london = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London")).toString();
        assertThat(uk).contains("Duty and tax quotation").containsPattern("<option value=\"UK\" selected=\"selected\"")
                .contains("value=\"" + london + "\"");
        mvc.perform(get("/taxes/quotations/new").param("jurisdiction", "IE").with(COORDINATOR)).andExpect(status().isOk());
        mvc.perform(get("/taxes/quotations/new").param("jurisdiction", "ZZ").with(COORDINATOR)).andExpect(status().isOk());
    }

    @Test
    void linesAreAddedAndRemoved() throws Exception {
        String added = mvc.perform(bmw(post("/taxes/quotations/lines"), "").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(added).contains("name=\"lines[1].description\"").contains("value=\"Used BMW X5 xDrive35i 2013\"");
        String removed = mvc.perform(bmw(post("/taxes/quotations/lines"), "", "lines[1].description", "Spare wheel",
                        "lines[1].value", "100", "remove", "0").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(removed).contains("value=\"Spare wheel\"").doesNotContain("BMW").doesNotContain("lines[1]");
    }

    @Test
    void reviewBySeparateRolesThenDocumentsAndTheAdviceMail() throws Exception {
        long clientId = client(PreferredLanguage.ZH_TW);
        TestSecurityContextHolder.setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("carol", "x", "ROLE_COORDINATOR"));
        long contactId = clients.addContact(new ClientId(clientId), new ContactDetails("王小明", "ming@example.com.tw", null, null,
                PreferredLanguage.ZH_TW)).id();
        TestSecurityContextHolder.clearContext();

        String location = mvc.perform(bmw(post("/taxes/quotations"), String.valueOf(clientId)).with(COORDINATOR))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.find(CalculationId.of(id))).total()).isEqualByComparingTo("448667");

        String page = mvc.perform(get(location).with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"submit\"").doesNotContain("id=\"approve\"").doesNotContain("id=\"send\"");
        // issue 6: the line's total on the calculation page follows the one whole-NT$ rule (its taxes are whole dollars):
        // duty 17.5 % × 742,492 = 129,936.1 → 129,936; commodity tax 30 % × (742,492 + 129,936) = 261,728.4 → 261,728;
        // the line's taxes 391,664 (the business tax is the shipment's), not 391,664.00
        assertThat(page).contains(">391,664<").doesNotContain("391,664.00");

        // sending before approval is refused, and nothing goes out
        mvc.perform(post(location + "/send").with(csrf()).with(COORDINATOR).param("contactId", String.valueOf(contactId)))
                .andExpect(status().isConflict());
        mvc.perform(post(location + "/submit").with(csrf()).with(COORDINATOR)).andExpect(status().is3xxRedirection());
        // a coordinator cannot approve: the server refuses even without the button
        mvc.perform(post(location + "/approve").with(csrf()).with(COORDINATOR)).andExpect(status().isForbidden());
        mvc.perform(post(location + "/return").with(csrf()).with(COORDINATOR)).andExpect(status().isForbidden());
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.find(CalculationId.of(id))).status()).isEqualTo(CalculationStatus.SUBMITTED);
        String managerView = mvc.perform(get(location).with(MANAGER)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(managerView).contains("id=\"approve\"").contains("id=\"return\"");
        mvc.perform(post(location + "/approve").with(csrf()).with(MANAGER)).andExpect(status().is3xxRedirection());
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.find(CalculationId.of(id))).status()).isEqualTo(CalculationStatus.APPROVED);
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        byte[] xlsx = mvc.perform(get(location + "/worksheet.xlsx").with(COORDINATOR)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(worksheetTotals(xlsx)).containsExactly(new BigDecimal("448667"));
        // each published figure is rebuilt by a live formula on the option's sheet, not pasted as a value
        assertThat(formulaValues(xlsx)).contains(new BigDecimal("129936"), new BigDecimal("261728"),
                new BigDecimal("56707"), new BigDecimal("296"));
        mvc.perform(get(location + "/worksheet.pdf").with(COORDINATOR)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        byte[] advice = mvc.perform(get(location + "/advice.pdf").with(COORDINATOR)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        // the client reads Chinese: the letter is in Chinese, with the published total
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(advice)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("進口稅費商業建議書", "台中汽車貿易有限公司", "448,667", "營業稅");
        }

        mvc.perform(post(location + "/send").with(csrf()).with(COORDINATOR).param("contactId", String.valueOf(contactId)))
                .andExpect(status().is3xxRedirection());
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.find(CalculationId.of(id))).status()).isEqualTo(CalculationStatus.SENT);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ming@example.com.tw");
        assertThat(received[0].getSubject()).startsWith("進口稅費建議");
        List<String> names = new ArrayList<>();
        byte[] mailed = null;
        Multipart parts = (Multipart) received[0].getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(part.getFileName());
                if (part.getFileName().endsWith(".xlsx")) {
                    mailed = part.getInputStream().readAllBytes();
                }
            }
        }
        assertThat(names).hasSize(2).anyMatch(n -> n.endsWith("-worksheet.xlsx")).anyMatch(n -> n.endsWith("-advice.pdf"));
        assertThat(worksheetTotals(mailed)).containsExactly(new BigDecimal("448667"));
        // the history entry follows from the CalculationSent event, recorded after the commit
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mvc.perform(get("/clients/" + clientId).with(COORDINATOR)).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)).contains("進口稅費建議"));
        // sent once: a second send is refused
        mvc.perform(post(location + "/send").with(csrf()).with(COORDINATOR).param("contactId", String.valueOf(contactId)))
                .andExpect(status().isConflict());
    }

    @Test
    void aManagerCanReturnACalculationWithAComment() throws Exception {
        long clientId = client(PreferredLanguage.EN);
        String location = mvc.perform(bmw(post("/taxes/quotations"), String.valueOf(clientId)).with(COORDINATOR))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/submit").with(csrf()).with(COORDINATOR)).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/return").with(csrf()).with(MANAGER).param("comment", "check the origin"))
                .andExpect(status().is3xxRedirection());
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.find(CalculationId.of(id))).status()).isEqualTo(CalculationStatus.DRAFT);
        String coordinatorView = mvc.perform(get(location).with(COORDINATOR).param("lang", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(coordinatorView).contains("max: check the origin").contains("id=\"submit\"");
        String home = mvc.perform(get("/taxes").param("clientId", String.valueOf(clientId)).param("status", "DRAFT").with(COORDINATOR))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains(id.toString());
        String none = mvc.perform(get("/taxes").param("clientId", String.valueOf(clientId)).param("status", "SENT").with(COORDINATOR))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).doesNotContain(id.toString()).contains("no-calculations");
        long other = client(PreferredLanguage.EN);
        assertThat(mvc.perform(get("/taxes").param("clientId", String.valueOf(other)).with(COORDINATOR))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(id.toString());
        String all = mvc.perform(get("/taxes").with(COORDINATOR)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains(id.toString()).contains(clients.client(new ClientId(clientId)).name());
    }

    @Test
    void theReviewerSeesTheInvoiceNumberDateIncotermFreightAndInsurance() throws Exception {
        String location = mvc.perform(bmw(post("/taxes/quotations"), String.valueOf(client(PreferredLanguage.EN)),
                        "currency", "USD", "exchangeRate", "30.5", "incoterm", "FOB", "lines[0].value", "22850",
                        "freight", "1200", "insurance", "34.5", "invoiceNumber", "BMW-2018-017", "invoiceDate", "2018-02-12")
                        .with(COORDINATOR))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String en = mvc.perform(get(location).with(COORDINATOR).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).containsPattern("id=\"invoice-number\"[^>]*>BMW-2018-017<").containsPattern("id=\"invoice-date\"[^>]*>12 Feb 2018<")
                .containsPattern("id=\"incoterm\"[^>]*>FOB<").containsPattern("id=\"freight\"[^>]*>USD 1,200.00<")
                .containsPattern("id=\"insurance\"[^>]*>USD 34.50<");
        // CIF value (22,850 + 1,200 + 34.50) × 30.5 = 734,577.25, the 完稅價格 in whole NT$ by the TW chain's customsValue rule
        // (t4fixAB) 734,577, printed to the minor unit as every amount is (734,577.00): no figure with one decimal (696,925.0)
        // or with the arithmetic's trailing zeros (734,577.2500), and no value with cents
        assertThat(en).contains("734,577.00").doesNotContain("734,577.25")
                .doesNotContainPattern(">[\\d,]+\\.\\d<").doesNotContainPattern("\\.\\d{2}0+<");
        String zh = mvc.perform(get(location).with(COORDINATOR).param("lang", "zh-TW")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("發票號碼", "貿易條件").containsPattern("id=\"invoice-date\"[^>]*>2018/02/12<");
        // the invoice's number and date go with the saved request into the advice letter
        String id = location.substring(location.lastIndexOf('/') + 1);
        String letter = mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter").with(COORDINATOR).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(letter).contains("BMW-2018-017");
    }

    /**
     * Issue 6, English inside zh-TW: a line of 1,000 pieces at 20 TWD/No read 「1,000 No」 and 「20 TWD/No × 1,000 No」 on
     * the Chinese page. The unit is named as the tariff names it (個); the total of whole-NT$ taxes prints whole.
     * Duty MAX(10% × 742,492 = 74,249.2; 20 × 1,000 = 20,000) = 74,249.2 → 74,249 (truncated); the page's figures
     * are checked by QuotationPagesTest's BMW tests, this one reads the words.
     */
    @Test
    void aSpecificRatesUnitAndTheLinesQuantityAreInTheReadersLanguage() throws Exception {
        String location = mvc.perform(bmw(post("/taxes/quotations"), String.valueOf(client(PreferredLanguage.ZH_TW)),
                        "lines[0].quantity", "1000", "lines[0].unit", "No", "lines[0].measures", "duty=MAX(10%, 20 TWD/No); commodityTax=30%")
                        .with(COORDINATOR))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String zh = mvc.perform(get(location).with(COORDINATOR).param("lang", "zh-TW")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("1,000 個").contains("最高(10%, 20 TWD/個)").doesNotContain("MAX(").doesNotContain("1,000 No")
                .doesNotContain("TWD/No")
                .doesNotContainPattern("id=\"result-total\"[^>]*>TWD [\\d,]+\\.00<");
        String en = mvc.perform(get(location).with(COORDINATOR).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("20 TWD/No");
    }

    @Test
    void theCalculationPageShowsThePenaltyExposureOfAMistake() throws Exception {
        String location = mvc.perform(bmw(post("/taxes/quotations"), String.valueOf(client(PreferredLanguage.EN))).with(COORDINATOR))
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(COORDINATOR).param("lang", "zh-TW")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"penalty-form\"").contains("罰則風險");
        // the reviewer sees the invoice as entered: the BMW line, its price and its customs value
        assertThat(page).contains("id=\"invoice-lines\"").contains("Used BMW X5 xDrive35i 2013").contains("742,492");
        // TW (TW.json penalties): 滯報費 NT$200 × 5 days = 1,000; 海關緝私條例 §37 fine 2× to 5× of 10,000
        String html = mvc.perform(post(location + "/penalties").with(csrf()).with(COORDINATOR).param("lang", "en")
                        .param("shortfall", "10000").param("daysLateDeclaration", "5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-code=\"LATE_DECLARATION\"").contains("data-code=\"MISDECLARATION_FINE\"")
                .contains("20,000").contains("50,000").contains("Customs Act (關稅法) §73");
        assertThat(html).containsPattern("id=\"penalty-low\"[^>]*>21,000<").containsPattern("id=\"penalty-high\"[^>]*>51,000<");
        String voluntary = mvc.perform(post(location + "/penalties").with(csrf()).with(COORDINATOR)
                        .param("shortfall", "10000").param("voluntaryDisclosure", "true"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(voluntary).containsPattern("id=\"penalty-high\"[^>]*>0<");
        String bad = mvc.perform(post(location + "/penalties").with(csrf()).with(COORDINATOR).param("lang", "en")
                        .param("daysLatePayment", "abc").param("shortfall", "-5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("id=\"penalty-errors\"").contains("Days late paying").contains("Duty/tax understated")
                .doesNotContain("penalty-table");
        assertThat(mvc.perform(post(location + "/penalties").with(csrf()).with(COORDINATOR).param("lang", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Give an understated amount");
    }

    /**
     * Issue 6 §1: the Taiwan penalty form asks for the business tax evaded (營業稅法 §51, up to 5 ×) and the value of goods
     * brought in undeclared (海關緝私條例 §36, up to 3 ×), each with the multiple chosen inside the legal range, as the API
     * takes them; a multiple outside the range is refused at its field with the range named.
     */
    @Test
    void theTaiwanPenaltyFormAsksForBusinessTaxAndGoodsValueWithTheirMultiples() throws Exception {
        String location = mvc.perform(bmw(post("/taxes/quotations"), String.valueOf(client(PreferredLanguage.EN))).with(COORDINATOR))
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(COORDINATOR).param("lang", "zh-TW")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"penalty-businessTaxShortfall\"").contains("id=\"penalty-businessTaxMultiple\"")
                .contains("id=\"penalty-goodsValue\"").contains("id=\"penalty-smugglingMultiple\"").contains("營業稅法第 51 條");
        // NT$10,000 business tax evaded at 2 ×: 20,000; goods worth NT$100,000 at 1.5 ×: 150,000 (TaxEngineTest, the same figures);
        // fines for one act are alternatives (行政罰法 §24(1), issue 6): the total is the heaviest, 150,000, not the sum 170,000
        String chosen = mvc.perform(post(location + "/penalties").with(csrf()).with(COORDINATOR).param("lang", "en")
                        .param("businessTaxShortfall", "10000").param("businessTaxMultiple", "2")
                        .param("goodsValue", "100000").param("smugglingMultiple", "1.5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chosen).contains("data-code=\"BUSINESS_TAX_FINE\"").contains("data-code=\"SMUGGLING_FINE\"")
                .containsPattern("id=\"penalty-low\"[^>]*>150,000<").containsPattern("id=\"penalty-high\"[^>]*>150,000<")
                .contains("data-note=\"taxes.penalty.fines.alternatives.TW\"").contains("alternatives, not a sum");
        // left blank: the whole range, up to 5 × 10,000 = 50,000 and 3 × 100,000 = 300,000, the heavier counted
        String range = mvc.perform(post(location + "/penalties").with(csrf()).with(COORDINATOR).param("lang", "en")
                        .param("businessTaxShortfall", "10000").param("goodsValue", "100000"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(range).containsPattern("id=\"penalty-high\"[^>]*>300,000<");
        // 6 × is beyond §51's five times: refused at the multiple's field, the input kept
        String bad = mvc.perform(post(location + "/penalties").with(csrf()).with(COORDINATOR).param("lang", "zh-TW")
                        .param("businessTaxShortfall", "10000").param("businessTaxMultiple", "6"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("id=\"penalty-errors\"").contains("所漏營業稅額之罰鍰倍數：倍數 6 超出法定範圍 0 至 5 倍")
                .doesNotContain("penalty-table");
    }

    /** Every formula cell of the sheets after the summary, evaluated afresh. */
    static java.util.Set<BigDecimal> formulaValues(byte[] xlsx) throws IOException {
        java.util.Set<BigDecimal> values = new java.util.HashSet<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            for (int i = 1; i < book.getNumberOfSheets(); i++) {
                for (Row row : book.getSheetAt(i)) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(cell);
                            if (v.getCellType() == CellType.NUMERIC) {
                                values.add(BigDecimal.valueOf(v.getNumberValue()).stripTrailingZeros());
                            }
                        }
                    }
                }
            }
        }
        return values.stream().map(t -> t.setScale(Math.max(0, t.scale()))).collect(java.util.stream.Collectors.toSet());
    }

    /** The summary sheet's evaluated grand-total formulas, one per option; each must be a live formula. */
    static List<BigDecimal> worksheetTotals(byte[] xlsx) throws IOException {
        List<BigDecimal> totals = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Sheet summary = book.getSheetAt(0);
            for (Row row : summary) {
                Cell total = row.getCell(1);
                Cell engine = row.getCell(2);
                if (total != null && total.getCellType() == CellType.FORMULA && engine != null && engine.getCellType() == CellType.NUMERIC) {
                    evaluator.clearAllCachedResultValues();
                    totals.add(BigDecimal.valueOf(evaluator.evaluate(total).getNumberValue()).stripTrailingZeros());
                }
            }
        }
        return totals.stream().map(t -> t.setScale(Math.max(0, t.scale()))).toList();
    }
}
