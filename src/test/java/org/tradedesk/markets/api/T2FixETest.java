package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Acceptance review of issue 9 (t2fixE): our market share as a scoring criterion, the provenance of every figure, the
 * explanatory series of a cause-and-effect analysis named and sourced, and a report that reads each market where its
 * figures are. The files are constructed here (made-up figures, Comtrade legacy bulk layout).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixETest {

    static final String HEADER = "Year,Reporter Code,Trade Flow Code,Partner Code,Classification,Commodity Code,Quantity Unit Code,"
            + "Supplementary Quantity,Netweight (kg),Value,Estimation Code\n";

    @Autowired
    MockMvc mvc;

    /**
     * AUS (36) and KOR (410) imports of wine 220421, 2018–2021, from the World (0), Taiwan (490) and the USA (842). AUS 2021:
     * 1,060,000 from the World, 324,000 from Taiwan (share 0.30566); KOR 2021: 800,000 and 40,000 (0.05).
     */
    static String partnerFile(boolean partners) {
        StringBuilder b = new StringBuilder(HEADER);
        long[][] aus = {{1_000_000, 300_000}, {1_020_000, 306_000}, {1_040_000, 315_000}, {1_060_000, 324_000}};
        long[][] kor = {{700_000, 30_000}, {730_000, 33_000}, {760_000, 36_000}, {800_000, 40_000}};
        for (int i = 0; i < 4; i++) {
            int y = 2018 + i;
            for (Object[] m : new Object[][] {{36, aus[i]}, {410, kor[i]}}) {
                long[] v = (long[]) m[1];
                b.append(y).append(',').append(m[0]).append(",1,0,\"H5\",\"220421\",8,,,").append(v[0]).append(",0\n");
                if (partners) {
                    b.append(y).append(',').append(m[0]).append(",1,490,\"H5\",\"220421\",8,,,").append(v[1]).append(",0\n");
                    b.append(y).append(',').append(m[0]).append(",1,842,\"H5\",\"220421\",8,,,").append(v[0] - v[1]).append(",0\n");
                }
            }
        }
        return b.toString();
    }

    long upload(String name, String csv) throws Exception {
        return MarketsTestFiles.importText(mvc, name, csv);
    }

    long project(String hs, String markets, long... datasets) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (long d : datasets) {
            ids.append(ids.isEmpty() ? "" : ",").append(d);
        }
        String json = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Wine","hsCodes":["%s"],"markets":[%s],"questions":["Where?"],"datasets":[%s]}"""
                        .formatted(hs, markets, ids)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void ourShareIsScoredFromThePartnersShareInTheSameYearInTheDirectionStated() throws Exception {
        long dataset = upload("wine_partner_490.csv", partnerFile(true));
        long id = project("220421", "\"AUS\",\"KOR\"", dataset);
        // was 400 "Market AUS has no value for Our market share": the criterion was never filled
        String scored = mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"weights":{"DEMAND_SIZE":40,"OUR_SHARE":20}}""".formatted(dataset)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.partner").value("490"))
                .andExpect(jsonPath("$.figures.directions.OUR_SHARE").value("HIGHER_IS_BETTER"))
                .andExpect(jsonPath("$.figures.ranking[?(@.market=='AUS')].year").value(org.hamcrest.Matchers.contains(2021)))
                .andExpect(jsonPath("$.notes[*]").value(org.hamcrest.Matchers.hasItem(containsString("Taiwan"))))
                .andExpect(jsonPath("$.notes[*]").value(org.hamcrest.Matchers.hasItem(containsString("higher is better"))))
                .andReturn().getResponse().getContentAsString();
        // 324,000 ÷ 1,060,000 and 40,000 ÷ 800,000: the /indicators share of partner 490 in 2021
        assertThat(share(scored, "AUS")).isCloseTo(324_000.0 / 1_060_000, within(1e-12));
        assertThat(share(scored, "KOR")).isCloseTo(0.05, within(1e-12));
        // the direction is the user's: a high share read as less headroom puts KOR first on share alone
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"weights":{"OUR_SHARE":100}}""".formatted(dataset)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.figures.ranking[0].market").value("AUS"));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"weights":{"OUR_SHARE":100},"directions":{"OUR_SHARE":"LOWER_IS_BETTER"}}""".formatted(dataset)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.figures.ranking[0].market").value("KOR"))
                .andExpect(jsonPath("$.figures.directions.OUR_SHARE").value("LOWER_IS_BETTER"));
        // a direction that is none, or of a criterion not weighted: 400 naming the field
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"weights":{"OUR_SHARE":100},"directions":{"OUR_SHARE":"UP"}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Direction of Our market share")))
                .andExpect(jsonPath("$.detail").value(containsString("HIGHER_IS_BETTER, LOWER_IS_BETTER")));
        // the page form has the weight, the direction and the partner
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en").param("dataset", String.valueOf(dataset))
                        .param("w_DEMAND_SIZE", "40").param("w_OUR_SHARE", "20").param("dir_OUR_SHARE", "LOWER_IS_BETTER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"w_OUR_SHARE\"")))
                .andExpect(content().string(containsString("id=\"dir_OUR_SHARE\"")))
                .andExpect(content().string(containsString("id=\"markets-ranking\"")))
                .andExpect(content().string(containsString("30.57%")))
                .andExpect(content().string(containsString("lower is better")));
    }

    static double share(String json, String market) {
        List<Number> v = JsonPath.read(json, "$.figures.ranking[?(@.market=='" + market + "')].ourShare");
        return v.get(0).doubleValue();
    }

    @Test
    void withoutAPartnerBreakdownEachMarketSaysWhyItHasNoShare() throws Exception {
        long dataset = upload("wine_world_only.csv", partnerFile(false));
        long id = project("220421", "\"AUS\",\"KOR\"", dataset);
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"weights":{"DEMAND_SIZE":40,"OUR_SHARE":20}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Our market share cannot be scored for Australia (AUS) in 2021")))
                .andExpect(jsonPath("$.detail").value(containsString("no breakdown by partner")))
                .andExpect(jsonPath("$.detail").value(not(containsString("has no value for"))));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"weights":{"DEMAND_SIZE":40,"OUR_SHARE":20}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("無法以「我方市場占有率」評分")));
    }

    /** One market's imports of 220421 from the World, 2014–2021 (8 full years), growing 5 % a year from {@code start}. */
    static String oneMarket(int reporter, long start) {
        StringBuilder b = new StringBuilder(HEADER);
        double v = start;
        for (int y = 2014; y <= 2021; y++) {
            b.append(y).append(',').append(reporter).append(",1,0,\"H5\",\"220421\",8,,,").append(Math.round(v)).append(",0\n");
            b.append(y).append(',').append(reporter).append(",1,251,\"H5\",\"220421\",8,,,").append(Math.round(v * 0.6)).append(",0\n");
            b.append(y).append(',').append(reporter).append(",1,842,\"H5\",\"220421\",8,,,").append(Math.round(v * 0.4)).append(",0\n");
            v *= 1.05 + (y % 3) * 0.01;
        }
        return b.toString();
    }

    static String sha(MockMvc mvc, long dataset) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/markets/datasets/" + dataset)).andReturn().getResponse().getContentAsString(), "$.sha256");
    }

    @Test
    void concentrationAndIndicatorsNameTheirDataInBothLanguages() throws Exception {
        long dataset = upload("wine_partner_490_prov.csv", partnerFile(true) + "2017,36,1,0,\"H5\",\"999999\",8,,,1,0\n");
        String sha12 = sha(mvc, dataset).substring(0, 12);
        // the concentration API, page and XLSX named no source, file, SHA-256 nor valuation basis
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/concentration").header("Accept-Language", "en")
                        .param("year", "2021").param("flow", "M").param("product", "220421").param("reporter", "AUS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provenance.text").value(containsString("wine_partner_490_prov.csv")))
                .andExpect(jsonPath("$.provenance.text").value(containsString(sha12)))
                .andExpect(jsonPath("$.provenance.text").value(containsString("valuation basis: not stated in the file")))
                .andExpect(jsonPath("$.provenance.text").value(containsString("data version: dataset " + dataset)));
        mvc.perform(get("/markets/datasets/" + dataset + "/concentration").header("Accept-Language", "zh-TW")
                        .param("year", "2021").param("flow", "M").param("product", "220421").param("reporter", "AUS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"markets-concentration-provenance\"")))
                .andExpect(content().string(containsString("SHA-256 " + sha12)))
                .andExpect(content().string(containsString("計價基礎：檔案未載明")));
        byte[] xlsx = mvc.perform(get("/markets/datasets/" + dataset + "/concentration.xlsx").header("Accept-Language", "en")
                        .param("year", "2021").param("flow", "M").param("product", "220421").param("reporter", "AUS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(xlsx)).contains("wine_partner_490_prov.csv", sha12, "not stated in the file");
        // indicators: API and page named the source but not the file or SHA; the legacy file's XLSX read "UN Comtrade (legacy) — "
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/indicators").header("Accept-Language", "en")
                        .param("product", "220421").param("flow", "M").param("partner", "490"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provenance").value(containsString("wine_partner_490_prov.csv")))
                .andExpect(jsonPath("$.provenance").value(containsString(sha12)));
        mvc.perform(get("/markets/datasets/" + dataset + "/indicators").header("Accept-Language", "en").param("product", "220421").param("flow", "M"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"markets-indicators-provenance\"")))
                .andExpect(content().string(containsString(sha12)));
        byte[] ind = mvc.perform(get("/markets/datasets/" + dataset + "/indicators.xlsx").header("Accept-Language", "en")
                        .param("product", "220421").param("flow", "M"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String indText = cells(ind);
        assertThat(indText).contains(sha12, "valuation basis: not stated in the file").doesNotContain("(legacy) — ");
        byte[] series = mvc.perform(get("/markets/datasets/" + dataset + "/series.xlsx").header("Accept-Language", "zh-TW")
                        .param("reporter", "AUS").param("flow", "M").param("product", "220421"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(series)).contains(sha12, "wine_partner_490_prov.csv", "資料版本：資料集 " + dataset);
    }

    static String cells(byte[] xlsx) throws Exception {
        StringBuilder b = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> b.append(c.toString()).append('\n'))));
        }
        return b.toString();
    }

    @Test
    void aTypedExplanatorySeriesIsNamedSourcedAndGivenItsUnit() throws Exception {
        long dataset = upload("wine_aus_2014_2021.csv", oneMarket(36, 1_000_000));
        String gdp = "2014=100;2015=104;2016=109;2017=113;2018=120;2019=124;2020=118;2021=131";
        // without a name, source and unit: 400 naming every missing field
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/analysis").header("Accept-Language", "en").param("method", "LAGGED")
                        .param("reporter", "AUS").param("partner", "0").param("flow", "M").param("product", "220421").param("frequency", "A")
                        .param("explanatory", gdp).param("lags", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("explanatoryName", "explanatorySource", "explanatoryUnit")))
                .andExpect(jsonPath("$.detail").value(containsString("Name of the explanatory series")));
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/analysis").header("Accept-Language", "zh-TW").param("method", "LAGGED")
                        .param("reporter", "AUS").param("partner", "0").param("flow", "M").param("product", "220421").param("frequency", "A")
                        .param("explanatory", gdp).param("lags", "1").param("explanatoryName", "Household spending index"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("explanatorySource"))
                .andExpect(jsonPath("$.detail").value(containsString("解釋序列來源")));
        long id = project("220421", "\"AUS\",\"NZL\"", dataset);
        String json = mvc.perform(post("/api/v1/markets/projects/" + id + "/analyses").contentType(MediaType.APPLICATION_JSON).content("""
                        {"dataset":%d,"parameters":{"method":"LAGGED","reporter":"AUS","partner":"0","flow":"M","product":"220421",
                         "frequency":"A","explanatory":"%s","lags":"1","explanatoryName":"Household spending index",
                         "explanatorySource":"ABS 5206.0 table 8, 2026-09-03","explanatoryUnit":"index 2014=100"},
                         "title":"Spending and wine imports"}""".formatted(dataset, gdp)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.request.explanatoryName").value("Household spending index"))
                .andReturn().getResponse().getContentAsString();
        long shared = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(get("/api/v1/markets/projects/" + id + "/analyses/" + shared))
                .andExpect(jsonPath("$.request.explanatorySource").value("ABS 5206.0 table 8, 2026-09-03"))
                .andExpect(jsonPath("$.request.explanatoryUnit").value("index 2014=100"));
        String named = "Explanatory series: Household spending index (index 2014=100); source: ABS 5206.0 table 8, 2026-09-03.";
        mvc.perform(get("/markets/datasets/" + dataset + "/analysis").header("Accept-Language", "en").param("method", "LAGGED")
                        .param("reporter", "AUS").param("partner", "0").param("flow", "M").param("product", "220421").param("frequency", "A")
                        .param("explanatory", gdp).param("lags", "1").param("explanatoryName", "Household spending index")
                        .param("explanatorySource", "ABS 5206.0 table 8, 2026-09-03").param("explanatoryUnit", "index 2014=100"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"a-explanatory-name\"")))
                .andExpect(content().string(containsString(named)));
        String sha12 = sha(mvc, dataset).substring(0, 12);
        byte[] pdf = mvc.perform(get("/api/v1/markets/projects/" + id + "/report.pdf").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(named);
            // the cause-and-effect section names the data of its figures
            String cause = text.substring(text.indexOf("Spending and wine imports"));
            assertThat(cause).contains("wine_aus_2014_2021.csv", "SHA-256 " + sha12);
        }
        byte[] xlsx = mvc.perform(get("/api/v1/markets/projects/" + id + "/report.xlsx").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(xlsx)).contains(named);
    }

    @Test
    void aReportBeforeAnyDecisionReadsEachMarketFromTheDatasetHoldingIt() throws Exception {
        long aus = upload("wine_aus_only.csv", oneMarket(36, 1_000_000));
        long nzl = upload("wine_nzl_only.csv", oneMarket(554, 400_000));
        String nzlSha = sha(mvc, nzl).substring(0, 12);
        long id = project("220421", "\"AUS\",\"NZL\"", aus, nzl);
        byte[] pdf = mvc.perform(get("/api/v1/markets/projects/" + id + "/report.pdf").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // was: New Zealand read from the first dataset — "no full, final period", "No trend: 0 full years", "No HHI … in —"
            assertThat(text).doesNotContain("No trend: 0", "in —");
            assertThat(text).contains("New Zealand: read from dataset " + nzl + ", which holds its series; dataset " + aus + " holds none.");
            assertThat(text).contains("wine_nzl_only.csv (SHA-256 " + nzlSha);
            // its trend over its 8 full years, not a refusal
            String trends = text.substring(text.indexOf("3. "), text.indexOf("4. "));
            assertThat(trends.substring(trends.indexOf("New Zealand"))).contains("wine_nzl_only.csv").doesNotContain("no full");
        }
        // a market no dataset holds is said so, naming every dataset looked in
        long id2 = project("220421", "\"AUS\",\"CHL\"", aus, nzl);
        byte[] pdf2 = mvc.perform(get("/api/v1/markets/projects/" + id2 + "/report.pdf").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf2)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("None of the datasets of the project (" + aus + ", " + nzl + ") holds a series of Chile as reporter")
                    .doesNotContain("No trend: 0", "in —", "no full, final period for CHL");
        }
    }

}
