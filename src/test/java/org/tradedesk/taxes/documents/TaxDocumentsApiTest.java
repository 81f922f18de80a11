package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.evaluate;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.read;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.rowLabelled;

import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ClientView;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class TaxDocumentsApiTest {

    /** The application's clock: "today" below is the day the code under test takes (BusinessCalendar / FileTime), not the server's. */
    @Autowired
    java.time.Clock clock;

    static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");

    /** The published amplifier example (A$1 = US$0.9100, duty 5 %) with an AUSFTA option at 0 %. */
    static final String AMPLIFIER = """
            {"clientId":null,"request":{"jurisdiction":"AU","date":"2013-01-15","currency":"USD","incoterm":"FOB",
             "foreignPerLocalRate":0.91,"insurance":118.30,
             "lines":[{"description":"electric sound amplifier","tariffCode":"85184000","origin":"US","value":1274,
                       "measures":{"duty":"5%"},
                       "options":[{"scheme":"AUSFTA","label":"AUSFTA preference","duty":"0%","requires":"proof of US origin"}]}]}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    @Test
    void downloadsTheWorksheetOfASavedCalculationWithASheetPerOption() throws Exception {
        String id = save();
        MockHttpServletResponse response = mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/worksheet.xlsx")
                .param("lang", "en").with(COORDINATOR)).andReturn().getResponse();
        assertThat(response.getStatus()).as(id + " " + response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook book = read(response.getContentAsByteArray())) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            // published: duty 70 + GST 160 = 230; AUSFTA by hand: GST 10 % × (1,400 + 130) = 153
            assertThat(evaluate(evaluator, rowLabelled(book.getSheet("Summary"), 0, "General rate").getCell(1))).isEqualTo(230.00);
            assertThat(evaluate(evaluator, rowLabelled(book.getSheet("Summary"), 0, "AUSFTA preference").getCell(1))).isEqualTo(153.00);
            assertThat(book.getSheet("AUSFTA preference")).isNotNull();
        }
    }

    @Test
    void theAdviceLetterRecommendsTheCheapestOptionInChinese() throws Exception {
        String id = save();
        byte[] pdf = mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf").param("lang", "zh-TW").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = DocumentsTestSupport.pdfText(pdf);
        assertThat(text).contains("進口稅費商業建議書", "建議採用：AUSFTA preference。應納稅費合計 AUD 153.00。", "較一般稅率節省 AUD 77.00。",
                "proof of US origin", "若AUSFTA preference之申請未獲准，須補繳 AUD 77.00");
        // review r-t1 F4(a): the taxes' legal references in Chinese, as the risks' are (《1901 年海關法》), not the Acts' English names
        assertThat(text).contains("《1995 年關稅法》", "《1999 年新稅制（商品及服務稅）法》")
                .doesNotContain("Customs Tariff Act", "A New Tax System");
        String en = DocumentsTestSupport.pdfText(mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf")
                .param("lang", "en").with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(en).contains("Customs Tariff Act 1995").doesNotContain("《1995 年關稅法》");
    }

    @Test
    @WithMockUser(username = "carol", roles = "COORDINATOR")
    void withoutALanguageTheLetterIsInTheClientsPreferredLanguageAndNamesTheClient() throws Exception {
        ClientView client = clients.create(new ClientDetails("雪梨音響有限公司", ClientKind.IMPORTER, CountryCode.of("AU"), null,
                PreferredLanguage.ZH_TW, null, null, null));
        String id = save(AMPLIFIER.replace("\"clientId\":null", "\"clientId\":" + client.id()));
        String html = mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter").with(COORDINATOR)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("lang=\"zh-TW\"", "雪梨音響有限公司 您好", "進口稅費商業建議書");
    }

    @Test
    @WithMockUser(username = "carol", roles = "COORDINATOR")
    void thePagesDownloadLinksHonourTheLanguageAsked() throws Exception {
        ClientView client = clients.create(new ClientDetails("墨爾本音響有限公司", ClientKind.IMPORTER, CountryCode.of("AU"), null,
                PreferredLanguage.ZH_TW, null, null, null));
        String id = save(AMPLIFIER.replace("\"clientId\":null", "\"clientId\":" + client.id()));
        String en = DocumentsTestSupport.pdfText(mvc.perform(get("/taxes/calculations/" + id + "/advice.pdf").param("lang", "en")
                .with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(en).contains("Duty and tax advice", "We recommend: AUSFTA preference").doesNotContain("進口稅費商業建議書");
        String zh = DocumentsTestSupport.pdfText(mvc.perform(get("/taxes/calculations/" + id + "/advice.pdf")
                .with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(zh).as("without a language, the client's").contains("進口稅費商業建議書");
        byte[] xlsx = mvc.perform(get("/taxes/calculations/" + id + "/worksheet.xlsx").param("lang", "en").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = read(xlsx)) {
            assertThat(book.getSheet("Summary")).isNotNull();
        }
        String pdf = DocumentsTestSupport.pdfText(mvc.perform(get("/taxes/calculations/" + id + "/worksheet.pdf").param("lang", "en")
                .with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(pdf).contains("Import duty and tax worksheet");
    }

    @Test
    void theLettersTaxTableShowsARateOnlyWhenEveryLineHasIt() throws Exception {
        // one line at 5 %, one at 0 %: the duty total is not at either rate
        String id = save(AMPLIFIER.replace("\"options\":[{\"scheme\":\"AUSFTA\",\"label\":\"AUSFTA preference\",\"duty\":\"0%\",\"requires\":\"proof of US origin\"}]",
                "\"options\":[]},{\"description\":\"loudspeaker cable\",\"tariffCode\":\"85444200\",\"origin\":\"US\",\"value\":500,"
                        + "\"measures\":{\"duty\":\"Free\"}"));
        // each tax with its base, then the rate (review of issue 6: the letter gives the base of each figure)
        assertThat(letter(id, "en", COORDINATOR))
                .containsPattern("Customs duty [\\d,.]+ varies by line, see the worksheet").containsPattern("Goods and services tax [\\d,.]+ 10%");
        // (the PDF may wrap the cell between two characters: spaces the layout puts there are not the text's)
        assertThat(letter(id, "zh-TW", COORDINATOR).replace(" ", "")).contains("各項不同，詳見試算表");
    }

    @Test
    void theLettersRisksIncludeThePenaltyExposureIfThePreferenceIsRefused() throws Exception {
        String id = save(AMPLIFIER.replace("2013-01-15", "2026-03-02"));
        byte[] pdf = mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf").param("lang", "en").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = DocumentsTestSupport.pdfText(pdf);
        // Customs Act s243T: up to the greater of 60 penalty units and the shortfall (the engine's unit value for 2026)
        assertThat(text).contains("If the claim to AUSFTA preference is refused, AUD 77.00 more becomes payable", "s243T", "AUD 0.00 to AUD 19,800.00");
    }

    /** A Taiwanese import at the general rate, with column III (NON_MFN) offered as the dearer option. */
    static final String TW_GENERAL = """
            {"clientId":null,"request":{"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"CIF",
             "exchangeRate":32.15,
             "lines":[{"description":"Bluetooth speaker","tariffCode":"85182200","origin":"JP","value":20000,
                       "measures":{"duty":"10%"},
                       "options":[{"scheme":"NON_MFN","label":"Column III","duty":"20%","requires":"goods of a country without MFN treatment"}]}]}}""";

    @Test
    void aLetterRecommendingTheGeneralRateHasNoRefusalRiskAndGroupsItsAmounts() throws Exception {
        String id = save(TW_GENERAL);
        String zh = letter(id, "zh-TW", COORDINATOR);
        // column III is not a fallback of the general rate: nothing is claimed, so nothing can be refused
        assertThat(zh).contains("建議採用：一般稅率", "未發現特別風險").doesNotContain("申請未獲准", "補繳");
        assertThat(zh).containsPattern("應納稅費合計 TWD \\d{1,3}(,\\d{3})+。");
        String en = letter(id, "en", COORDINATOR);
        assertThat(en).contains("We recommend: General rate", "No particular risk identified.").doesNotContain("is refused");
    }

    @Test
    void aRefusedPreferenceFallsBackToTheGeneralRateNotToColumnThree() throws Exception {
        // ECFA (海峽兩岸經濟合作架構協議) early-harvest goods of Chinese origin
        String id = save(TW_GENERAL.replace("\"JP\"", "\"CN\"")
                .replace("\"options\":[", "\"options\":[{\"scheme\":\"ECFA\",\"label\":\"ECFA\",\"duty\":\"0%\"},"));
        String zh = letter(id, "zh-TW", COORDINATOR);
        // general 10 % of 643,000 = 64,300 duty plus business tax 5 % on it: 67,515 more than under ECFA at 0 %; ECFA is no list the
        // desk holds, so the typed option is marked as not checked wherever it is named (issue 6)
        assertThat(zh).contains("建議採用：ECFA", "若ECFA（使用者自行輸入", "須補繳 TWD 67,515（改按一");
    }

    @Test
    void theLetterIsADraftUntilApprovedDatedTheDayItIsProducedAndSignedByItsSender() throws Exception {
        String id = save();
        // the calculation is an AU one: its letter is dated by the day in Sydney
        String today = org.tradedesk.platform.BusinessCalendar.dateIn(clock, org.tradedesk.tariff.Jurisdiction.AU.zone()).format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
        String draft = letter(id, "en", COORDINATOR);
        assertThat(draft).contains("DRAFT — not yet approved", "Date " + today, "Calculation date 15 Jan 2013",
                "as of 15 Jan 2013", "Yours sincerely, carol Import/export coordinator");
        // review r-t1 F4(c): the zh letter says 草稿 only, no English DRAFT beside it
        assertThat(letter(id, "zh-TW", COORDINATOR)).contains("草稿——尚未覆核核准", "carol 進出口客戶服務人員").doesNotContain("DRAFT");

        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/submit").with(COORDINATOR)).andExpect(status().isOk());
        assertThat(letter(id, "en", COORDINATOR)).as("submitted is not approved").contains("DRAFT");
        // no account behind the test user: the letter is signed with the username and the role
        RequestPostProcessor manager = user("manager").roles("MANAGER", "COORDINATOR");
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(manager)).andExpect(status().isOk());
        String approved = letter(id, "en", manager);
        assertThat(approved).doesNotContain("DRAFT").contains("Date " + today, "Yours sincerely, manager Manager");
    }

    @Test
    void theLettersDataVersionsSayFromWhenAndWhereAndKeepTheirHeaderOnOneLine() throws Exception {
        String id = save();
        String zh = letter(id, "zh-TW", COORDINATOR);
        // the rate given in the request is the one of the calculation date; the chain states its own
        // each row named and sourced in the reader's language, the rate as the request gave it (A$1 = US$0.91)
        assertThat(zh).contains("生效日", "來源", "匯率（USD） 1 AUD = 0.91 USD 2013/01/15 試算時提供，適用於計算日期",
                "稅費計算規則（AU）", "2000/07/01 tradedesk 稅費計算規則 AU-").doesNotContain("exchangeRate.USD", "given in the request");
        String en = letter(id, "en", COORDINATOR);
        assertThat(en).contains("Exchange rate, USD 1 AUD = 0.91 USD 15 Jan 2013 given in the request, for the calculation date",
                "Duty and tax rules (AU)").doesNotContain("exchangeRate.USD");
    }

    private String letter(String id, String lang, RequestPostProcessor as) throws Exception {
        return DocumentsTestSupport.pdfText(mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf")
                .param("lang", lang).with(as)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void anUnknownCalculationIsA404ProblemAndAnonymousIs401() throws Exception {
        mvc.perform(get("/api/v1/tax/calculations/saved/00000000-0000-0000-0000-000000000000/worksheet.pdf").with(COORDINATOR))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tax/calculations/saved/00000000-0000-0000-0000-000000000000/worksheet.pdf"))
                .andExpect(status().isUnauthorized());
    }

    private String save() throws Exception {
        return save(AMPLIFIER);
    }

    private String save(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/tax/calculations/saved").with(COORDINATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
    }
}
