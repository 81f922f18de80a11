package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradedesk.markets.MarketsTestFiles;

/**
 * Review t2fixL 2: a tariff rate (0 % for years) or a negative growth rate could not be an explanatory series — refused as
 * {@code not valid: "2013=0"} with no reason. Such a series is taken in levels (said with the result), by itself when a
 * value is 0 or below or when asked ({@code explanatoryScale=LEVEL}); logarithms asked of it, and every bad pair, are refused
 * with the reason, all at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class ExplanatoryLevelsTest {

    static final String TARIFF = "2013=0;2014=0;2015=0;2016=0;2017=0;2018=25;2019=25;2020=25;2021=25;2022=25;2023=25;2024=50";

    @Autowired
    MockMvc mvc;

    MockHttpServletRequestBuilder lagged(String lang, long dataset, String explanatory, String... more) {
        MockHttpServletRequestBuilder b = MarketAnalysisApiTest.analysisIn(lang, dataset, "", "LAGGED", "explanatory", explanatory,
                "lags", "1", "explanatoryName", "US Section 301 duty on HS 8542", "explanatorySource", "USTR notices", "explanatoryUnit", "%");
        for (int i = 0; i < more.length; i += 2) {
            b.param(more[i], more[i + 1]);
        }
        return b;
    }

    @Test
    void aTariffSeriesWithZerosIsTakenInLevelsAndSaidSo() throws Exception {
        long dataset = MarketsTestFiles.importResource(mvc, MarketAnalysisApiTest.PORTAL);
        String json = mvc.perform(lagged("en", dataset, TARIFF)).andExpect(status().isOk())
                .andExpect(jsonPath("$.noteCodes").value(Matchers.hasItems("markets.analysis.explanatory.levels-auto",
                        "markets.analysis.lagged.note-levels")))
                .andExpect(jsonPath("$.notes").value(Matchers.hasItem(Matchers.containsString("levels, not logarithms: the series has values ≤ 0"))))
                .andReturn().getResponse().getContentAsString();
        // lag 0: Pearson's r of the rate as typed and ln(exports), computed here from the series the API gives
        String series = mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").param("reporter", "CHN").param("partner", "0")
                .param("flow", "X").param("product", "8542")).andReturn().getResponse().getContentAsString();
        List<Number> values = JsonPath.read(series, "$.points[*].value");
        List<String> periods = JsonPath.read(series, "$.points[*].period");
        double[] x = new double[12];
        double[] y = new double[12];
        String[] pairs = TARIFF.split(";");
        for (int i = 0; i < 12; i++) {
            x[i] = Double.parseDouble(pairs[i].split("=")[1]);
            y[i] = Math.log(values.get(periods.indexOf(String.valueOf(2013 + i))).doubleValue());
        }
        assertThat(((Number) JsonPath.read(json, "$.rows[1][0]")).intValue()).isZero();
        assertThat(((Number) JsonPath.read(json, "$.rows[1][2]")).doubleValue()).isCloseTo(pearson(x, y), within(1e-9));
        // LEVEL asked gives the same figures, said as asked
        String asked = mvc.perform(lagged("en", dataset, TARIFF, "explanatoryScale", "LEVEL")).andExpect(status().isOk())
                .andExpect(jsonPath("$.noteCodes").value(Matchers.hasItem("markets.analysis.explanatory.levels-asked")))
                .andReturn().getResponse().getContentAsString();
        assertThat((Object) JsonPath.read(asked, "$.rows")).isEqualTo(JsonPath.read(json, "$.rows"));
        // a negative growth rate is a value like any other
        mvc.perform(lagged("en", dataset, "2013=7.8;2014=7.4;2015=7.0;2016=6.8;2017=6.9;2018=6.7;2019=6.0;2020=-2.2;2021=8.4;2022=3.0;2023=5.2;2024=5.0"))
                .andExpect(status().isOk());
    }

    @Test
    void logarithmsOfZerosAndBadPairsAreRefusedWithTheirReasonsAllAtOnce() throws Exception {
        long dataset = MarketsTestFiles.importResource(mvc, MarketAnalysisApiTest.PORTAL);
        String zh = mvc.perform(lagged("zh-TW", dataset, TARIFF, "explanatoryScale", "LOG")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("explanatoryScale"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(zh, "$.detail")).contains("解釋序列尺度").contains("無法取對數");
        String en = mvc.perform(lagged("en", dataset, "2013=abc;2014=5=6;1700=1;2015=2;2015=3")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andReturn().getResponse().getContentAsString();
        String detail = JsonPath.read(en, "$.detail");
        assertThat(detail).contains("it must be a number").doesNotContain("not valid: \"2013=abc\"");
        List<String> messages = JsonPath.read(en, "$.errors[*].message");
        assertThat(String.join("\n", messages)).contains("year=value", "from 1900 to 2100", "given twice");
        // blank: must be given, never `not valid: ""`
        String blank = mvc.perform(lagged("en", dataset, " ")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(blank, "$.detail")).contains("it must be given").doesNotContain("\"\"");
    }

    static double pearson(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
