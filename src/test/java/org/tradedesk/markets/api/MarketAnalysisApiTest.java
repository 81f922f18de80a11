package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The analysis methods through REST on the real Comtrade portal file (HS 8542 exports of CHN, KOR, USA 2013–2024). Expected
 * figures are the statsmodels/scipy outputs recorded with their scripts in {@code src/test/resources/markets/stats/reference}
 * (annual_regressions.py: trend bands, ITS, DiD, Chow, Granger, cross-correlation) — the same figures the statistics' own
 * tests assert, here reached through the dataset import, the series query and the JSON/XLSX/PNG/SVG outputs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class MarketAnalysisApiTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    @Autowired
    MockMvc mvc;

    long dataset() throws Exception {
        return MarketsTestFiles.importResource(mvc, PORTAL);
    }

    static MockHttpServletRequestBuilder analysis(long dataset, String suffix, String method, String... params) {
        return analysisIn("en", dataset, suffix, method, params);
    }

    static MockHttpServletRequestBuilder analysisIn(String lang, long dataset, String suffix, String method, String... params) {
        MockHttpServletRequestBuilder b = get("/api/v1/markets/datasets/" + dataset + "/analysis" + suffix).param("method", method)
                .param("reporter", "CHN").param("partner", "0").param("flow", "X").param("product", "8542").param("frequency", "A")
                .header("Accept-Language", lang);
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        return b;
    }

    static double number(String json, String path) {
        return ((Number) JsonPath.read(json, path)).doubleValue();
    }

    @Test
    void trendWithConfidenceAndPredictionBandsMatchesStatsmodelsGetPrediction() throws Exception {
        long dataset = dataset();
        String json = mvc.perform(analysis(dataset, "", "TREND", "from", "2013", "to", "2024", "horizon", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").value("TREND"))
                .andExpect(jsonPath("$.datasetSha256").value(org.hamcrest.Matchers.hasLength(64)))
                .andExpect(jsonPath("$.rows.length()").value(14))
                .andExpect(jsonPath("$.rows[7][0]").value("2020"))
                .andExpect(jsonPath("$.rows[13][0]").value("2026"))
                .andExpect(jsonPath("$.headers[5]").value("Prediction low"))
                .andReturn().getResponse().getContentAsString();
        // statsmodels OLS(ln y ~ year).get_prediction(2020 / 2026), exp of mean, mean_ci and obs_ci (annual_regressions.py)
        double[] at2020 = {112513437516.83963, 98453145050.69083, 128581708744.1733, 72127835175.36037, 175511625866.4632};
        double[] at2026 = {193553865352.66623, 144420839470.64902, 259402305998.725, 115603757301.50774, 324064716125.53235};
        for (int i = 0; i < 5; i++) {
            assertThat(number(json, "$.rows[7][" + (i + 2) + "]")).isCloseTo(at2020[i], within(at2020[i] * 1e-7));
            assertThat(number(json, "$.rows[13][" + (i + 2) + "]")).isCloseTo(at2026[i], within(at2026[i] * 1e-7));
        }
        // the observed 2020 value is the file's; the year beyond the data has none
        assertThat((Object) JsonPath.read(json, "$.rows[13][1]")).isNull();
        assertThat(number(json, "$.summary[0].value")).isCloseTo(0.09462721759928032, within(1e-12));
        assertThat(number(json, "$.summary[3].value")).isCloseTo(0.0002038121320494947, within(1e-9));
        List<String> kinds = JsonPath.read(json, "$.chart.series[*].kind");
        assertThat(kinds).containsExactly("band-low", "band-high", "band-low", "band-high", "dashed", "line");

        // the table as XLSX, read back: the 2020 row's fitted value and its prediction band
        byte[] xlsx = mvc.perform(analysis(dataset, ".xlsx", "TREND", "from", "2013", "to", "2024")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row row2020 = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && "2020".equals(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(r.getCell(0)))) {
                    row2020 = r;
                }
            }
            assertThat(row2020).isNotNull();
            // review F9: the year a number in the sheet, not text
            assertThat(row2020.getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(row2020.getCell(2).getNumericCellValue()).isCloseTo(at2020[0], within(at2020[0] * 1e-7));
            assertThat(row2020.getCell(5).getNumericCellValue()).isCloseTo(at2020[3], within(at2020[3] * 1e-7));
        }
        // the chart drawn on the server: a PNG that decodes, an SVG that parses with the band as a polygon
        byte[] png = mvc.perform(analysis(dataset, ".png", "TREND")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1440);
        byte[] svg = mvc.perform(analysisIn("zh-TW", dataset, ".svg", "TREND")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        // the two bands, and their two legend swatches drawn in the band's tint (review: a solid block matched nothing)
        assertThat(doc.getElementsByTagName("polygon").getLength()).isEqualTo(4);
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("95% 預測帶");
    }

    @Test
    void beforeAfterAndDifferenceInDifferencesMatchStatsmodelsAndSayAssociationNotCause() throws Exception {
        long dataset = dataset();
        String its = mvc.perform(analysis(dataset, "", "INTERVENTION", "at", "2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.causeAndEffect").value(true))
                .andExpect(jsonPath("$.rows[2][0]").value("Level change at the change")) // review F9: worded, as the headers
                .andExpect(jsonPath("$.noteCodes").value(org.hamcrest.Matchers.hasItem("markets.stats.before-after.association-only")))
                .andExpect(jsonPath("$.notes").value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("not proof"))))
                .andReturn().getResponse().getContentAsString();
        // its CHN at 2020: params [.., .., 0.39513884470468774, 0.011552610819308314], bse [.., .., 0.197457237156845, ..], p 0.08037462114830192
        assertThat(number(its, "$.rows[2][1]")).isCloseTo(0.39513884470468774, within(1e-9));
        assertThat(number(its, "$.rows[2][2]")).isCloseTo(0.197457237156845, within(1e-9));
        assertThat(number(its, "$.rows[2][3]")).isCloseTo(0.08037462114830192, within(1e-7));
        assertThat(number(its, "$.rows[3][1]")).isCloseTo(0.011552610819308314, within(1e-9));

        String did = mvc.perform(analysis(dataset, "", "DID", "at", "2019", "comparison", "KOR, USA"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noteCodes").value(org.hamcrest.Matchers.hasItem("markets.stats.did.classical-se")))
                .andExpect(jsonPath("$.chart.series[1].name").value("KOR"))
                .andExpect(jsonPath("$.rows[0][0]").value("Difference-in-differences effect")) // review F9: not markets.stats.did.effect
                .andReturn().getResponse().getContentAsString();
        // the caveat "association, not proof of cause" once, not twice (review: DiD carried it from the statistics and again)
        List<String> didNotes = JsonPath.read(did, "$.noteCodes");
        assertThat(didNotes).containsOnlyOnce("markets.stats.before-after.association-only");
        assertThat(didNotes.stream().filter("markets.stats.before-after.association-only"::equals).count()).isEqualTo(1);
        List<String> didTexts = JsonPath.read(did, "$.notes");
        assertThat(didTexts.stream().filter(n -> n.contains("not proof")).count()).isEqualTo(1);
        // did CHN vs KOR,USA at 2019: effect 0.2874680636039558, se 0.2407213555424719, p 0.24117930912570976
        assertThat(number(did, "$.rows[0][1]")).isCloseTo(0.2874680636039558, within(1e-9));
        assertThat(number(did, "$.rows[0][2]")).isCloseTo(0.2407213555424719, within(1e-9));
        assertThat(number(did, "$.rows[0][3]")).isCloseTo(0.24117930912570976, within(1e-7));

        String chow = mvc.perform(analysis(dataset, "", "BREAK", "at", "2019")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // chow CHN at 2019: F=3.8525741152773127 df=(2,8) p=0.06732739152723521
        assertThat(number(chow, "$.rows[0][1]")).isCloseTo(3.8525741152773127, within(1e-10));
        assertThat(number(chow, "$.rows[3][1]")).isCloseTo(0.06732739152723521, within(1e-8));
    }

    @Test
    void laggedAssociationWithTheWorldBankGdpMatchesScipyAndStatsmodels() throws Exception {
        long dataset = dataset();
        String json = mvc.perform(analysis(dataset, "", "LAGGED", "explanatory", gdp("China"), "lags", "2", "explanatoryName", "GDP (current US$)",
                        "explanatorySource", "World Bank WDI NY.GDP.MKTP.CD", "explanatoryUnit", "US$"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(5))
                .andExpect(jsonPath("$.noteCodes").value(org.hamcrest.Matchers.hasItems("markets.stats.ccf.association-only",
                        "markets.stats.granger.association-only")))
                .andReturn().getResponse().getContentAsString();
        // pandas shifted correlation of ln GDP and ln exports, lags −2…2; scipy p at lag 1: 1.116887277024003e-05 (11 pairs)
        double[] expected = {0.7788405474761936, 0.8469525068443026, 0.8938735569775247, 0.9454701832461543, 0.8993187168526786};
        for (int i = 0; i < 5; i++) {
            assertThat(number(json, "$.rows[" + i + "][2]")).isCloseTo(expected[i], within(1e-12));
        }
        assertThat(number(json, "$.rows[3][1]")).isEqualTo(11);
        assertThat(number(json, "$.rows[3][3]")).isCloseTo(1.116887277024003e-05, within(1e-10));
        // statsmodels grangercausalitytests lag 1 ssr F test: F=11.61280301598701 p=0.009253766852140995 df=(8,1)
        assertThat(number(json, "$.summary[0].value")).isCloseTo(11.61280301598701, within(1e-8));
        assertThat(number(json, "$.summary[1].value")).isCloseTo(0.009253766852140995, within(1e-8));
    }

    @Test
    void badParametersAreProblemDetailsInTheReadersLanguage() throws Exception {
        long dataset = dataset();
        mvc.perform(analysisIn("zh-TW", dataset, "", "MAGIC"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("MAGIC")));
        // monthly methods on annual data, a break with one year before it, no comparison markets: 400 naming the problem
        mvc.perform(analysis(dataset, "", "SEASONAL")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("monthly")));
        mvc.perform(analysis(dataset, "", "INTERVENTION", "at", "2014")).andExpect(status().isBadRequest());
        mvc.perform(analysis(dataset, "", "DID", "at", "2019")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Comparison markets")));
        mvc.perform(analysis(dataset, "", "LAGGED", "explanatory", "2013=abc")).andExpect(status().isBadRequest());
        mvc.perform(analysis(dataset, "", "TREND", "horizon", "1e9")).andExpect(status().isBadRequest());
    }

    @Test
    void aParameterErrorNamesTheParameterByItsLabelInTheReadersLanguageAndKeepsItsField() throws Exception {
        long dataset = dataset();
        // zh-TW: the label, never the English field name, in the detail; the field path kept in errors[0].field
        String[][] cases = {
                {"TREND", "horizon", "abc", "horizon", "向後期數", "Periods ahead"},
                {"TREND", "from", "1700", "from", "起始年", "From year"},
                {"CONCENTRATION", "by", "nobody", "by", "集中度依據（貿易夥伴／申報國）", "Concentration by"}};
        // comparison markets left out: "must be given" (ExplanatoryLevelsTest); an explanatory pair is refused with its reason (ExplanatoryLevelsTest, review t2fixL 2)
        for (String[] c : cases) {
            String zh = mvc.perform(analysisIn("zh-TW", dataset, "", c[0], c[1], c[2]).param("year", c[0].equals("CONCENTRATION") ? "2020" : ""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("markets.query.invalid"))
                    .andExpect(jsonPath("$.errors[0].field").value(c[3]))
                    .andExpect(jsonPath("$.errors[0].label").value(c[4]))
                    .andReturn().getResponse().getContentAsString();
            String detail = JsonPath.read(zh, "$.detail");
            assertThat(detail).as(c[0] + " " + c[1]).startsWith(c[4] + "不正確").doesNotContain(c[3] + " ").doesNotContain("參數 ");
            mvc.perform(analysisIn("en", dataset, "", c[0], c[1], c[2]).param("year", c[0].equals("CONCENTRATION") ? "2020" : ""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(c[3]))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The parameter " + c[5])));
        }
        // the series REST names it the same way
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").param("reporter", "CHN").param("flow", "Z")
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("flow"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("貿易流向（進口 M／出口 X）不正確")));
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").param("reporter", "CHN").param("flow", "X")
                        .param("frequency", "Q").header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("frequency"))
                .andExpect(jsonPath("$.errors[0].label").value("頻率（A 年／M 月）"));
        // and the analysis page, in both languages
        String page = mvc.perform(get("/markets/datasets/" + dataset + "/analysis").param("method", "DID").param("reporter", "CHN")
                        .param("partner", "0").param("flow", "X").param("product", "8542").param("frequency", "A").param("at", "2019")
                        .header("Accept-Language", "zh-TW"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("對照市場不正確：必須填寫").doesNotContain("參數 comparison"); // t2fixL: "must be given"
        page = mvc.perform(get("/markets/datasets/" + dataset + "/analysis").param("method", "TREND").param("reporter", "CHN")
                        .param("partner", "0").param("flow", "X").param("product", "8542").param("frequency", "A").param("horizon", "x")
                        .header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The parameter Periods ahead is not valid");
    }

    @Test
    void aMissingOrOutOfSeriesBreakYearAndANegativeHorizonSayWhatIsWrongWithFieldAndLabel() throws Exception {
        long dataset = dataset();
        // BREAK without at: the parameter is missing — never an echoed "null"
        for (String[] l : new String[][] {{"en", "Change or break at (year) is not valid: it must be given."},
                {"zh-TW", "變動或轉折年份不正確：必須填寫。"}}) {
            mvc.perform(analysisIn(l[0], dataset, "", "BREAK")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("at"))
                    .andExpect(jsonPath("$.detail").value(l[1]));
        }
        // at=3000: echoed as typed and outside the series' years (2013 to 2024 in the portal file)
        mvc.perform(analysisIn("en", dataset, "", "BREAK", "at", "3000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("at"))
                .andExpect(jsonPath("$.detail").value("Change or break at (year) is not valid: it is outside the years of the series "
                        + "(2013 to 2024) (received \"3000\")."));
        mvc.perform(analysisIn("zh-TW", dataset, "", "BREAK", "at", "3000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("變動或轉折年份不正確：不在序列的年份內（2013 至 2024）（收到「3000」）。"));
        // horizon=-3: field and label in errors[], named as the form names it ("periods ahead" / 向後期數)
        mvc.perform(analysisIn("zh-TW", dataset, "", "TREND", "horizon", "-3")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("horizon"))
                .andExpect(jsonPath("$.errors[0].label").value("向後期數"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("向後期數不正確"),
                        org.hamcrest.Matchers.containsString("「-3」"), org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("預測期數")))));
        mvc.perform(analysisIn("en", dataset, "", "TREND", "horizon", "-3")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("Periods ahead"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("Periods ahead is not valid"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Forecast horizon")))));
    }

    @Test
    void aSeriesOfAReporterOrProductNotInTheDatasetIsA404NamingIt() throws Exception {
        long dataset = dataset();
        // a country of the Comtrade list the dataset does not hold (ZZZ is no country at all: a 400 since t2fixN, T2FixNTest)
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").param("reporter", "DEU").param("flow", "X").param("product", "8542")
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("資料集中沒有申報國 DEU")));
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").param("reporter", "CHN").param("flow", "X").param("product", "99999")
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The dataset has no product 99999")));
        // a partner no row has: a 404 as a reporter no row has (review t2fixL 8: it was a 200 with no points)
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").param("reporter", "CHN").param("partner", "DEU").param("flow", "X")
                        .param("product", "8542").header("Accept-Language", "zh-TW"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("資料集中沒有貿易夥伴")));
        // a known reporter and product, years with no rows: still a 200 with no points
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").param("reporter", "CHN").param("flow", "X").param("product", "8542")
                        .param("from", "1990").param("to", "1995"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.points").isEmpty());
    }

    @Test
    void theTrendFlagsThePreliminaryYearAndSaysItIsLeftOutInJsonXlsxAndPage() throws Exception {
        String name = "tw_customs_GA30_exports_HS8542_2013_2025.csv";
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/markets/" + name)) {
            bytes = in.readAllBytes();
        }
        long ga30 = ((Number) JsonPath.read(mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", name, "text/csv",
                bytes))).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        String url = "/api/v1/markets/datasets/" + ga30 + "/analysis";
        String json = mvc.perform(get(url).param("reporter", "TWN").param("flow", "X").param("product", "8542").param("method", "TREND")
                        .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> flag2025 = JsonPath.read(json, "$.rows[?(@[0] == '2025')][7]");
        // January–July (preliminary), not a bare "Preliminary"; worded in the caller's language, as the headers (review F9)
        assertThat(flag2025).containsExactly("January–July (preliminary)");
        List<String> flag2024 = JsonPath.read(json, "$.rows[?(@[0] == '2024')][7]");
        assertThat(flag2024).containsExactly("");
        List<String> notes = JsonPath.read(json, "$.notes");
        assertThat(notes).anyMatch(n -> n.startsWith("Preliminary or partial, left out of the trend: 2025"));
        byte[] xlsx = mvc.perform(get(url + ".xlsx").param("reporter", "TWN").param("flow", "X").param("product", "8542")
                .param("method", "TREND").header("Accept-Language", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = w.getSheetAt(0);
            String flag = null;
            boolean note = false;
            for (Row row : sheet) {
                // the year a number in the sheet (review F9), read as the sheet shows it
                if (row.getCell(0) != null && "2025".equals(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(0)))
                        && row.getCell(7) != null) {
                    flag = row.getCell(7).getStringCellValue();
                }
                note |= row.getCell(0) != null && row.getCell(0).toString().startsWith("初步值或不完整期間，不納入趨勢：2025");
            }
            assertThat(flag).isEqualTo("1–7 月（初步）");
            assertThat(note).isTrue();
        }
        String page = mvc.perform(get("/markets/datasets/" + ga30 + "/analysis").param("reporter", "TWN").param("flow", "X")
                .param("product", "8542").param("method", "TREND").header("Accept-Language", "zh-TW")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1–7 月（初步）</td>").contains("初步值或不完整期間，不納入趨勢：2025 年 1–7 月（初步）");
    }

    /** "2013=…; 2014=…" from the World Bank file the data README lists (GDP, current USD). */
    static String gdp(String country) throws Exception {
        StringJoiner out = new StringJoiner("; ");
        try (InputStream in = MarketAnalysisApiTest.class.getResourceAsStream("/markets/worldbank_macro_CHN_USA.csv")) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (r.get("country").equals(country) && r.get("indicator").equals("GDP")) {
                    out.add(r.get("year") + "=" + r.get("value"));
                }
            }
        }
        return out.toString();
    }
}
