package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.support.BundledTariffs;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;

/**
 * Market access from the loaded schedule. The market AUS is given the rows of the USA in the real Comtrade portal file
 * (HS 8542 exports 2013–2024, its codes 842/USA replaced by 36/AUS and 8542 by 2204: the trade figures only carry the scoring; the tariff
 * is what this test is about). The line is Australia's 2204.21.10 (wine in containers ≤ 2 L, ≥ 15 % vol… as the bundled
 * Schedule 3 JSON publishes it): general rate 5 %, RCEP (Schedule 14) 4 %, and no KAFTA (Schedule 10) entry — so goods
 * of Korea, an FTA party since 12 December 2014 on the bundled country list, are Free (Customs Tariff Act 1995 s 16).
 * Origin Taiwan claims nothing: 5 %.
 *
 * <p>Scores by hand, weights 40/40/20, min–max: CHN, KOR keep their demand and growth parts from the typed-tariff test
 * (AUS = the USA's rows: 0 on both); tariffs CHN 0 (typed), KOR 8 (typed), AUS 5 → AUS tariff part 1 − 5/8 = 0.375,
 * score 0.2 × 0.375 = 0.075; with AUS at 0 % its part is 1, score 0.2.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class ScheduleTariffScoringTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TariffCatalogue catalogue;

    long dataset;
    long project;

    @BeforeEach
    void setUp() throws Exception {
        if (catalogue.activeVersion(Jurisdiction.AU).isEmpty()) {
            BundledTariffs.importAndAwait(catalogue, Jurisdiction.AU);
        }
        String csv;
        try (InputStream in = getClass().getResourceAsStream("/markets/" + ResearchProjectApiTest.PORTAL)) {
            csv = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        csv = csv.replace("\"842\",\"USA\",\"USA\"", "\"36\",\"AUS\",\"Australia\"");
        assertThat(csv).contains("\"36\",\"AUS\"");
        // the scored product and the tariff line must be one product (a line of another product is refused): the file's
        // HS 8542 figures stand for HS 2204 (wine), the product of the schedule line 2204.21.10
        csv = csv.replace("\"8542\"", "\"2204\"");
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "portal-as-aus.csv", "text/csv",
                csv.getBytes(StandardCharsets.ISO_8859_1)))).andReturn().getResponse().getContentAsString();
        dataset = ((Number) JsonPath.read(json, "$.id")).longValue();
        json = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Wine to Australia","hsCodes":["2204"],"markets":["CHN","KOR","AUS"],
                         "questions":["Which tariff applies?"],"datasets":[%d]}""".formatted(dataset)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        project = ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String scoring(String origin, String extra) {
        return """
                {"dataset":%d,"flow":"X","product":"2204","from":2019,"to":2024,
                 "weights":{"DEMAND_SIZE":40,"DEMAND_GROWTH":40,"TARIFF":20},"tariffs":{"CHN":0,"KOR":8%s},
                 "origin":"%s","tariffDate":"2026-12-01","tariffCodes":{"AUS":"2204.21.10"}%s}"""
                .formatted(dataset, extra.isEmpty() ? "" : ",\"AUS\":3", origin, extra);
    }

    @Test
    void aMarketWithALoadedScheduleTakesMfnOrTheClaimablePreferenceWithTheDataVersion() throws Exception {
        long version = catalogue.activeVersion(Jurisdiction.AU).orElseThrow().id();
        String json = mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(scoring("TW", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.ranking[2].market").value("AUS"))
                .andExpect(jsonPath("$.figures.ranking[2].tariffSource").value("LOADED_SCHEDULE"))
                .andExpect(jsonPath("$.figures.ranking[2].tariffPercent").value(5.0))
                .andExpect(jsonPath("$.figures.ranking[2].schedule.mfnPercent").value(5.0))
                .andExpect(jsonPath("$.figures.ranking[2].schedule.preference").doesNotExist())
                .andExpect(jsonPath("$.figures.ranking[2].schedule.line").value("AU 2204.21.10"))
                .andExpect(jsonPath("$.figures.ranking[2].schedule.date").value("2026-12-01"))
                .andExpect(jsonPath("$.figures.ranking[2].schedule.dataVersion").value(version))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(json, "$.figures.ranking[2].score")).doubleValue()).isCloseTo(0.075, within(1e-9));
        assertThat((String) JsonPath.read(json, "$.figures.ranking[2].tariffReference"))
                .contains("AU 2204.21.10").contains("MFN 5.00 %").contains("tariff data version " + version);

        json = mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(scoring("KR", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.ranking[2].tariffPercent").value(0.0))
                .andExpect(jsonPath("$.figures.ranking[2].schedule.mfnPercent").value(5.0))
                .andExpect(jsonPath("$.figures.ranking[2].schedule.preference").value("KAFTA"))
                .andExpect(jsonPath("$.figures.ranking[2].schedule.preferencePercent").value(0.0))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(json, "$.figures.ranking[2].score")).doubleValue()).isCloseTo(0.2, within(1e-9));
        assertThat((String) JsonPath.read(json, "$.figures.ranking[2].tariffReference")).contains("RCEP 4%").contains("KAFTA 0%")
                .contains("; country lists ").doesNotContain("country lists country lists"); // review 13
    }

    /**
     * Review t2fixL 1: in zh-TW the ranking's source column and the API's tariffReference of a market priced from a loaded
     * schedule were the English machine sentence ("AU 2204.21.10 on 2026-12-01: MFN 5% … tariff data version"); they are worded
     * as the report words them, in the reader's language and date format.
     */
    @Test
    void theScheduleReferenceIsInTheReadersLanguageOnTheApiAndThePage() throws Exception {
        String json = mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-TW").content(scoring("TW", "")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String ref = JsonPath.read(json, "$.figures.ranking[2].tariffReference");
        assertThat(ref).contains("稅號 AU 2204.21.10，稅則 ", "適用日期 2026/12/01；最惠國稅率 5.00 %，優惠：未主張", "無可主張之優惠")
                .doesNotContain(" on ").doesNotContain("MFN").doesNotContain("tariff data version").doesNotContain("may claim")
                .doesNotContain("2026-12-01");
        String zh = page("zh-TW", "&tariffCode_AUS=2204.21.10&origin=TW&tariffDate=2026-12-01");
        assertThat(zh).contains("取自已載入之稅則").contains("稅號 AU 2204.21.10，稅則 ").contains("適用日期 2026/12/01")
                .doesNotContain("tariff data version").doesNotContain("may claim no preference");
    }

    /** Review t2fixL 9: the page's refusal of an override without a reason names the market by its name, not "of AUS". */
    @Test
    void thePagesOverrideRefusalNamesTheMarket() throws Exception {
        assertThat(page("en", "&tariffCode_AUS=2204.21.10&origin=TW&tariffDate=2026-12-01&tariff_AUS=3"))
                .contains("Reason for the tariff of Australia (AUS)").doesNotContain("Reason for the tariff of AUS");
        assertThat(page("zh-TW", "&tariffCode_AUS=2204.21.10&origin=TW&tariffDate=2026-12-01&tariff_AUS=3")).contains("澳洲（AUS）");
    }

    @Test
    void aTypedRateOverTheScheduleNeedsAReasonAndKeepsTheScheduleBesideIt() throws Exception {
        mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(scoring("TW", ",\"tariffReasons\":{}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("markets.query.invalid-missing"));
        mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .content(scoring("TW", ",\"tariffReasons\":{\"AUS\":\"anti-dumping duty expected\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.ranking[2].tariffSource").value("TYPED_BY_USER"))
                .andExpect(jsonPath("$.figures.ranking[2].tariffPercent").value(3.0))
                .andExpect(jsonPath("$.figures.ranking[2].schedule.mfnPercent").value(5.0))
                .andExpect(jsonPath("$.figures.ranking[2].schedule.overriddenBy").value("anti-dumping duty expected"));
    }

    String page(String lang, String extra) throws Exception {
        return mvc.perform(get("/markets/projects/" + project + "?dataset=" + dataset + "&flow=X&product=2204&from=2019&to=2024"
                        + "&w_DEMAND_SIZE=40&w_DEMAND_GROWTH=40&w_TARIFF=20&tariff_CHN=0&tariff_KOR=8" + extra).header("Accept-Language", lang))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * Review M1 on the page: the scoring form takes the tariff line per market, the origin and the date, and the table
     * names where AUS's rate came from (the schedule's line and MFN 5 %, as the REST test); a line the schedule lacks and an
     * origin that is no country code are worded, naming the market and the line — never a raw message key.
     */
    @Test
    void theProjectPageScoresWithTheScheduleLineAndWordsItsRefusals() throws Exception {
        String ok = page("en", "&tariffCode_AUS=2204.21.10&origin=TW&tariffDate=2026-12-01");
        assertThat(ok).contains("id=\"tariffCode_AUS\"").contains("id=\"origin\"").contains("id=\"tariffDate\"")
                .contains("tariff line AU 2204.21.10, schedule ").contains("rate in force on 1 Dec 2026; MFN 5.00 %")
                .contains("from a loaded tariff schedule")
                .doesNotContain("markets-scoring-error");

        // a line of the product that the schedule does not hold (a line of another product is refused before: T2MinorFixesTest)
        String unknown = page("en", "&tariffCode_AUS=2204.99.99&origin=TW&tariffDate=2026-12-01");
        assertThat(unknown).contains("Market Australia (AUS): the line AU 2204.99.99 is not in the loaded schedule");

        String origin = page("en", "&tariffCode_AUS=2204.21.10&origin=XX");
        assertThat(origin).contains("is not an ISO 3166 alpha-2 country code");

        String zh = page("zh-TW", "&origin=TW");
        assertThat(zh).contains("markets-scoring-error").contains("市場 澳洲（AUS）").doesNotContain("markets.stats").doesNotContain("markets.tariff");

        String typed = page("en", "&tariffCode_AUS=2204.21.10&origin=TW&tariff_AUS=1e9&tariffReason_AUS=typo");
        assertThat(typed).contains("Tariff rate of Australia (AUS) is not valid: a typed tariff rate is a percentage from 0 to 1000"); // at its field (t2fixJ)
        // t2names: the market by its name in the reader's language, the code in brackets
        assertThat(page("zh-TW", "&tariffCode_AUS=2204.21.10&origin=TW&tariff_AUS=1e9&tariffReason_AUS=typo")).contains("澳洲（AUS） 的關稅率不正確：自行輸入的關稅率須為 0 至 1000");
    }

    /**
     * Review M2: the report names the tariff each market's figure used with its provenance — the loaded schedule's line,
     * schedule and tariff data version and the date (AUS: MFN 5 %, KAFTA 0 % for goods of Korea), a typed rate marked as
     * typed — in the PDF (zh-TW and en) and the XLSX.
     */
    @Test
    void theReportNamesTheScheduleLineVersionAndDateOfEachTariff() throws Exception {
        long version = catalogue.activeVersion(Jurisdiction.AU).orElseThrow().id();
        String json = mvc.perform(post("/api/v1/markets/projects/" + project + "/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scoring\":" + scoring("KR", "") + ",\"choices\":[{\"market\":\"AUS\",\"reason\":\"FTA\"}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String label = JsonPath.read(json, "$.figures.ranking[2].schedule.dataLabel");
        byte[] pdf = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replaceAll("(?<=[a-z])- (?=[a-z])", "-");
            assertThat(text).contains("0.00 %, from a loaded tariff schedule: tariff line AU 2204.21.10, schedule " + label
                    + " (tariff data version " + version + "), rate in force on 1 Dec 2026; MFN 5.00 %, preference: KAFTA 0.00 % "
                    + "(claimed for origin Rep. of Korea)");
            // the typed-rate statement in full on every row it stands on (t2fixP: "as above" meant nothing once rows were sorted)
            assertThat(text).contains("8.00 %, typed by analyst").doesNotContain("marked as such above");
            assertThat(text.split("typed by analyst", -1).length).isGreaterThan(2);
        }
        pdf = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replaceAll("(?<=[a-z])- (?=[a-z])", "-");
            // a line break between two Chinese characters comes out as a space
            text = text.replaceAll("(?<=[\\u3000-\\u9fff\\uff00-\\uffef]) (?=[\\u3000-\\u9fff\\uff00-\\uffef])", "");
            assertThat(text).contains("0.00 %，取自已載入之稅則：稅號 AU 2204.21.10，稅則 ", "（稅則資料版本 " + version
                    + "），適用日期 2026/12/01；最惠國稅率 5.00 %，優惠：KAFTA 0.00 %（就原產地南韓主張）", "8.00 %，使用者 analyst 輸入");
        }
        byte[] xlsx = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.xlsx").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Row aus = ResearchReportFiguresTest.row(book.getSheet("Market figures"), "Australia", null);
            assertThat(aus.getCell(10).getNumericCellValue()).isEqualTo(0.0);
            assertThat(aus.getCell(11).getStringCellValue()).contains("AU 2204.21.10", "tariff data version " + version, "1 Dec 2026",
                    "MFN 5.00 %", "KAFTA 0.00 %");
        }
    }

    /** t2fixO: a line the schedule lacks is named at the market's tariff line in errors[], its code and detail kept. */
    @Test
    void aLineTheScheduleLacksIsAFieldErrorOfTheApi() throws Exception {
        mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(scoring("TW", "").replace("2204.21.10", "2204.99.99")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("markets.tariff.market.no-line"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("the line AU 2204.99.99 is not in the loaded schedule")))
                .andExpect(jsonPath("$.errors[0].field").value("tariffCodes.AUS"))
                .andExpect(jsonPath("$.errors[0].label").value("Tariff line of Australia (AUS)"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Market Australia (AUS)")));
    }
}
