package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.MarketsTestFiles;

/** Review t2fixL: the acceptance review's minor findings on the analyses. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixLTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.tradedesk.platform.MessageTexts texts;

    @Autowired
    org.tradedesk.markets.ResearchReports reports;

    static double observations(String json) {
        List<Map<String, Object>> summary = JsonPath.read(json, "$.summary[?(@.code == 'markets.analysis.observations')]");
        return ((Number) summary.get(0).get("value")).doubleValue();
    }

    /** 4. One comparison market named by ISO3 and by number (KOR, 410) is one market: counted once, not twice. */
    @Test
    void aComparisonMarketNamedTwoWaysIsCountedOnce() throws Exception {
        long dataset = MarketsTestFiles.importResource(mvc, MarketAnalysisApiTest.PORTAL);
        String once = mvc.perform(MarketAnalysisApiTest.analysis(dataset, "", "DID", "at", "2019", "comparison", "KOR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String twice = mvc.perform(MarketAnalysisApiTest.analysis(dataset, "", "DID", "at", "2019", "comparison", "KOR,410"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(observations(twice)).isEqualTo(observations(once)).isEqualTo(24);
        assertThat((Object) JsonPath.read(twice, "$.rows")).isEqualTo(JsonPath.read(once, "$.rows"));
    }

    /** 9. Comparison markets left blank: "it must be given", never {@code not valid: ""}. */
    @Test
    void blankComparisonMustBeGiven() throws Exception {
        long dataset = MarketsTestFiles.importResource(mvc, MarketAnalysisApiTest.PORTAL);
        String json = mvc.perform(MarketAnalysisApiTest.analysis(dataset, "", "DID", "at", "2019", "comparison", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.detail")).contains("Comparison markets", "it must be given").doesNotContain("\"\"");
    }

    /** 11. The upload's 400 and 409 answers are documented as problem details, not as the dataset. */
    @Test
    void theUploadsRefusalsAreDocumentedAsProblemDetails() throws Exception {
        String doc = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String code : List.of("400", "409")) {
            Map<String, Object> content = JsonPath.read(doc, "$.paths['/api/v1/markets/datasets'].post.responses['" + code + "'].content");
            assertThat(content).as(code).containsOnlyKeys("application/problem+json");
            assertThat(JsonPath.read(doc, "$.paths['/api/v1/markets/datasets'].post.responses['" + code
                    + "'].content['application/problem+json'].schema['$ref']").toString()).as(code).endsWith("/ProblemDetail");
        }
    }

    /** 9. A file of another format than the one chosen: the formats by their labels, which was chosen and which detected. */
    @Test
    void aFormatMismatchNamesTheFormatsByTheirLabels() throws Exception {
        // a line more than the shared file, so it is not "imported before" (which answers 200 before reading)
        byte[] ga30 = (new String(MarketsTestFiles.resource("/markets/tw_customs_GA30_exports_HS8542_2013_2025.csv"),
                java.nio.charset.StandardCharsets.UTF_8) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String zh = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/markets/datasets")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "ga30-as-comtrade.csv", "text/csv", ga30))
                        .param("format", "COMTRADE_V1").header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(zh, "$.detail")).contains("所選格式：聯合國 Comtrade v1；檔案判讀為：關務署 GA30")
                .doesNotContain("TW_GA30").doesNotContain("COMTRADE_V1");
    }

    /** 9. A project with a bad HS code, an unknown market and a missing dataset: all three said at once. */
    @Test
    void aProjectsProblemsAreSaidAllAtOnce() throws Exception {
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/markets/projects")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                                {"name":"x","hsCodes":["85ZZ"],"markets":["CHN","XXX"],"questions":["q"],"datasets":[999999]}"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        List<String> fields = JsonPath.read(json, "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("hsCodes", "markets", "datasets");
        assertThat((String) JsonPath.read(json, "$.detail")).contains("85ZZ", "XXX", "999999");
    }

    /** 9. A mail recipient with a blank name, a bad address and language fr: the three problems at once. */
    @Test
    void aRecipientsProblemsAreSaidAllAtOnce() throws Exception {
        long dataset = MarketsTestFiles.importResource(mvc, MarketAnalysisApiTest.PORTAL);
        long project = MarketsTestFiles.project(mvc, """
                {"name":"ICs","hsCodes":["8542"],"markets":["CHN","KOR"],"questions":["Where?"],"datasets":[%d]}""".formatted(dataset));
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/markets/projects/" + project + "/report/mail")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                                {"recipients":[{"name":" ","email":"not-an-address","language":"fr"}]}"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        List<String> fields = JsonPath.read(json, "$.errors[*].field");
        assertThat(fields).containsExactly("recipients.name", "recipients.email", "recipients.language");
    }

    /** 10. A unit value per item reads "USD per item" (「美元／個」), never "USD/units"; per kg stays "USD/kg". */
    @Test
    void aUnitValueUnitHasItsOwnLabel() {
        assertThat(texts.render(org.tradedesk.markets.QuantityUnits.unitValue("5"), java.util.Locale.ENGLISH)).isEqualTo("USD per item");
        assertThat(texts.render(org.tradedesk.markets.QuantityUnits.unitValue("u"), java.util.Locale.TRADITIONAL_CHINESE)).isEqualTo("美元／個");
        assertThat(texts.render(org.tradedesk.markets.QuantityUnits.unitValue("KGM"), java.util.Locale.ENGLISH)).isEqualTo("USD/kg");
    }

    /** 10. The dataset catalogue's times name their zone, as the dataset page does. */
    @Test
    void theCataloguesTimesNameTheirZone() throws Exception {
        MarketsTestFiles.importResource(mvc, MarketAnalysisApiTest.PORTAL);
        String en = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/markets")
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(en).contains("(Taipei time)");
    }

    /** 5. Before any decision the report reads the flow the datasets hold: the portal file holds exports only, so exports. */
    @Test
    void theReportBeforeADecisionReadsTheFlowTheDatasetsHold() throws Exception {
        long dataset = MarketsTestFiles.importResource(mvc, MarketAnalysisApiTest.PORTAL);
        long project = MarketsTestFiles.project(mvc, """
                {"name":"ICs","hsCodes":["8542"],"markets":["CHN","KOR"],"questions":["Where?"],"datasets":[%d]}""".formatted(dataset));
        org.tradedesk.markets.ResearchReports.Report r = reports.report(project, java.util.Locale.ENGLISH);
        assertThat(r.flow()).isEqualTo("X");
        assertThat(r.trends()).extracting(t -> t.market()).containsExactlyInAnyOrder("CHN", "KOR");
        assertThat(r.trends()).allSatisfy(t -> assertThat(t.shown()).as(t.market() + ": " + t.problem()).isNotNull());
    }

    /** 12. A failed page import shows the failure and its reason, not the figures' panels ("stored to 0.001 USD", "none rejected"). */
    @Test
    void aFailedImportsPageShowsOnlyTheFailure() throws Exception {
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/markets/datasets")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "notes.csv", "text/csv",
                                "Name,Remark\nAlice,hello\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("redirected to the dataset's page").isNotNull();
        String html = "";
        for (int i = 0; i < 300; i++) {
            html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(location).header("Accept-Language", "en"))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            if (html.contains("data-status=\"FAILED\"")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(html).contains("data-status=\"FAILED\"").contains("id=\"markets-failure\"")
                .doesNotContain("id=\"markets-dataset-precision\"").doesNotContain("id=\"markets-rows-kept\"")
                .doesNotContain("Rejected rows");
    }

    /** 7. Break, ITS and DiD charts: the y axis named (ln of value, USD) and the change year marked, on the page and in the SVG/PNG. */
    @Test
    void lnChartsNameTheirAxisAndMarkTheChange() throws Exception {
        long dataset = MarketsTestFiles.importResource(mvc, MarketAnalysisApiTest.PORTAL);
        for (String[] m : new String[][] {{"INTERVENTION", "at", "2020"}, {"BREAK", "at", "2020"}, {"DID", "at", "2020", "comparison", "KOR"}}) {
            String svg = mvc.perform(MarketAnalysisApiTest.analysis(dataset, ".svg", m[0], java.util.Arrays.copyOfRange(m, 1, m.length)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(svg).as(m[0]).contains("ln of value (US dollars)").contains("#dc3545")
                    .contains(">2020<");
        }
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/markets/datasets/" + dataset + "/analysis")
                        .param("method", "INTERVENTION").param("reporter", "CHN").param("partner", "0").param("flow", "X").param("product", "8542")
                        .param("frequency", "A").param("at", "2020").header("Accept-Language", "zh-TW"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("&quot;yAxis&quot;:&quot;值之自然對數（美元）&quot;").contains("&quot;marker&quot;:&quot;2020&quot;");
    }
}
