package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Acceptance review of issue 9 (t2fixF): wide report tables whole on the page, lags and pair counts as integers, typed
 * tariffs checked and markets named, the true reason RCA is not computable on a WITS file, every bad field of a Comtrade
 * fetch at once, and a DID compared with its own treated market refused. Figures from the real Comtrade portal file.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2ReviewFFixesTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";
    static final String TREND = """
            {"method":"TREND","reporter":"USA","partner":"0","flow":"X","product":"8542","frequency":"A","from":"2013","horizon":"2"}""";
    static final String DID = """
            {"method":"DID","reporter":"CHN","partner":"0","flow":"X","product":"8542","frequency":"A","at":"2019","comparison":"KOR, USA"}""";

    @Autowired
    MockMvc mvc;

    long upload(String name) throws Exception {
        return MarketsTestFiles.importResource(mvc, name);
    }

    long project(long dataset) throws Exception {
        return MarketsTestFiles.icExports(mvc, dataset);
    }

    void share(long project, long dataset, String parameters, String title) throws Exception {
        mvc.perform(post("/api/v1/markets/projects/" + project + "/analyses").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataset\":%d,\"parameters\":%s,\"title\":\"%s\"}".formatted(dataset, parameters, title)))
                .andExpect(status().isCreated());
    }

    /** The analysis's rows as the API gives them (numbers as numbers), for the parameters shared. */
    List<List<Object>> rows(long dataset, String parameters) throws Exception {
        var b = get("/api/v1/markets/datasets/" + dataset + "/analysis").header("Accept-Language", "en");
        for (var e : JsonPath.<java.util.Map<String, Object>>read(parameters, "$").entrySet()) {
            b.param(e.getKey(), String.valueOf(e.getValue()));
        }
        String json = mvc.perform(b).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.rows");
    }

    /** A figure as the report prints it: grouped from 1,000, four decimals from 1, six below (AnalysisPresenter). */
    static String figure(double v) {
        double a = Math.abs(v);
        String pattern = a >= 1000 ? "#,##0" : a >= 1 ? "0.0000" : "0.000000";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v);
    }

    String pdfText(long project, String lang) throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** 1. A shared TREND (horizon 2) and a DID table: every heading and every figure whole on the page, in en and zh-TW. */
    @Test
    void wideAnalysisTablesOfTheReportHaveEveryHeadingAndFigureOnThePage() throws Exception {
        long dataset = upload(PORTAL);
        long project = project(dataset);
        share(project, dataset, TREND, "USA trend");
        share(project, dataset, DID, "CHN against KOR and USA");
        String en = pdfText(project, "en");
        assertThat(en).contains("Period", "Value (USD)", "Fitted", "Confidence low", "Confidence high", "Prediction low",
                "Prediction high", "Preliminary or partial", "Coefficient", "Estimate", "Standard error", "p-value");
        assertThat(en).doesNotContain("Estimat e", "Standar d", "Confiden ce");
        List<String> missing = new ArrayList<>();
        for (String parameters : List.of(TREND, DID)) {
            List<List<Object>> rows = rows(dataset, parameters);
            assertThat(rows).isNotEmpty();
            for (List<Object> row : rows) {
                for (Object cell : row) {
                    // a p-value prints as "< 0.0001" or to 4 decimals (t2fixP), any other figure as figure() does
                    if (cell instanceof Number n && !en.contains(figure(n.doubleValue()))
                            && !en.contains(org.tradedesk.markets.reports.AnalysisPresenter.pValue(n.doubleValue(), Locale.ENGLISH))) {
                        missing.add(figure(n.doubleValue()));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        // the last prediction (2026) and the DID's upper confidence bound, the cells cut off before
        List<List<Object>> trend = rows(dataset, TREND);
        assertThat(trend.get(trend.size() - 1).get(0)).isEqualTo("2026");
        assertThat(en).contains(figure(((Number) trend.get(trend.size() - 1).get(6)).doubleValue()));
        assertThat(en).contains(figure(((Number) rows(dataset, DID).get(0).get(5)).doubleValue()));
        String zh = pdfText(project, "zh-TW");
        assertThat(zh.replace(" ", "")).contains("信賴上限", "預測上限", "初步值或不完整期間", "估計值", "標準誤");
    }

    /** 3. The lagged association's lags and pair counts are integers, not "-2.0000" and "10.0000". */
    @Test
    void laggedAssociationPrintsLagsAndPairsAsIntegers() throws Exception {
        long dataset = upload(PORTAL);
        String page = mvc.perform(get("/markets/datasets/" + dataset + "/analysis").param("method", "LAGGED").param("reporter", "CHN")
                        .param("partner", "0").param("flow", "X").param("product", "8542").param("frequency", "A")
                        .param("explanatory", MarketAnalysisApiTest.gdp("China")).param("lags", "2")
                        // a typed series is named, sourced and given its unit (t2fixE)
                        .param("explanatoryName", "GDP of China").param("explanatorySource", "World Bank WDI")
                        .param("explanatoryUnit", "current US$").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(page);
        List<String> lags = d.select("table tbody tr").stream().map(tr -> tr.select("td").get(0).text()).toList();
        List<String> pairs = d.select("table tbody tr").stream().map(tr -> tr.select("td").get(1).text()).toList();
        assertThat(lags).containsExactly("-2", "-1", "0", "1", "2");
        assertThat(pairs).contains("11").allMatch(p -> p.matches("[0-9]+"));
    }

    /** 4. Typed tariffs: a negative rate and a market not among the candidates are 400s naming the market; markets named. */
    @Test
    void typedTariffsAreCheckedAndMarketsNamed() throws Exception {
        long dataset = upload(PORTAL);
        long id = project(dataset);
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":1,"TARIFF":1},"tariffs":{"CHN":-3,"KOR":8,"USA":2,"ZZZ":3}}"""
                                .formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tariffs.CHN"))
                .andExpect(jsonPath("$.errors[0].label").value("Tariff rate of China (CHN)"))
                .andExpect(jsonPath("$.errors[1].field").value("tariffs.ZZZ"))
                .andExpect(jsonPath("$.detail").value(containsString("Tariff rate of China (CHN)")))
                .andExpect(jsonPath("$.detail").value(containsString("cannot be negative")))
                .andExpect(jsonPath("$.detail").value(containsString("not one of the project's candidate markets")));
        // a rate that is no number: the market named, never the raw key "tariffs.CHN"
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":1,"TARIFF":1},"tariffs":{"CHN":"abc"}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tariffs.CHN"))
                .andExpect(jsonPath("$.errors[0].label").value("中國（CHN） 的關稅率"))
                .andExpect(jsonPath("$.detail").value(containsString("中國（CHN） 的關稅率")));
        // USA has no net weight in the file: no unit value, the market named as the README promises
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":1,"UNIT_VALUE":1}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Market United States (USA) has no value for")))
                .andExpect(jsonPath("$.detail").value(not(containsString("Market USA"))));
    }

    /** 5. A WITS file of one reporter with 29 product groups and a Total series: RCA's reason is the one reporter. */
    @Test
    void rcaOnAOneReporterWitsFileGivesTheTrueReason() throws Exception {
        long id = upload("wits_sdmx_tradestats_trade_sample.json");
        String json = mvc.perform(get("/api/v1/markets/datasets/" + id + "/indicators").param("product", "Total").param("flow", "M")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.rcaBasis")).contains("one reporter only (United States (USA))")
                .doesNotContain("only this product");
        assertThat(JsonPath.<List<String>>read(json, "$.rows[*].rca.notes[0]")).isNotEmpty()
                .allMatch(n -> n.contains("one reporter only"));
    }

    /** 6. A Comtrade fetch with five bad fields names all five; a DID compared with its treated market is refused. */
    @Test
    void everyBadFieldOfAFetchAtOnceAndNoDidAgainstItself() throws Exception {
        mvc.perform(post("/api/v1/markets/comtrade-fetches").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"frequency":"Q","reporter":"ZZZ","partner":"YYY","flow":"Z","product":"abc","from":2019,"to":2020}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "reporter", "partner", "frequency", "flow", "product")));
        long dataset = upload(PORTAL);
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/analysis").param("method", "DID").param("reporter", "CHN")
                        .param("partner", "0").param("flow", "X").param("product", "8542").param("frequency", "A").param("at", "2019")
                        .param("comparison", "CHN, KOR").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comparison"))
                .andExpect(jsonPath("$.detail").value(containsString("cannot include the treated market")));
    }

    /** t2fixI (issue 9, item 2): the treated market named by its numeric M49 code (156 = CHN) is refused too, both directions. */
    @Test
    void noDidAgainstItselfByItsNumericCode() throws Exception {
        long dataset = upload(PORTAL);
        for (String[] pair : new String[][]{{"CHN", "156"}, {"156", "CHN"}}) {
            mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/analysis").param("method", "DID").param("reporter", pair[0])
                            .param("partner", "0").param("flow", "X").param("product", "8542").param("frequency", "A").param("at", "2019")
                            .param("comparison", pair[1]).header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("comparison"))
                    .andExpect(jsonPath("$.detail").value(containsString("cannot include the treated market")));
        }
    }
}
