package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.tradedesk.markets.MarketsTestFiles;
import org.tradedesk.markets.reports.AnalysisPresenter;

/**
 * Acceptance review of issue 9 (t2fixP): figures of the research report a client can read. The interrupted time series'
 * level change also as a percentage (exp(b) − 1 of statsmodels' 0.39513884470468774 for CHN at 2020, recorded in
 * annual_regressions.py: 48.46 %), p-values never "0.000000", a criterion all markets tie on explained ("0.5 each"), and
 * section 3's heading naming the trend's years, the ranking's short zh-TW headings
 * unbroken. Each fails on the behaviour before.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixPReportTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    @Autowired
    MockMvc mvc;

    @Test
    void pValuesReadAsLessThanOneTenThousandthOrFourDecimals() {
        assertThat(AnalysisPresenter.pValue(3.2e-9, Locale.ENGLISH)).isEqualTo("< 0.0001");
        assertThat(AnalysisPresenter.pValue(0.012345, Locale.ENGLISH)).isEqualTo("0.0123");
        assertThat(AnalysisPresenter.pValue(0.5, Locale.ENGLISH)).isEqualTo("0.5000");
    }

    @Test
    void theReportSaysTheLevelChangeAsAPercentageTheTieAndTheTrendYears() throws Exception {
        long dataset = MarketsTestFiles.importResource(mvc, PORTAL);
        String json = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"IC exports","hsCodes":["8542"],"markets":["CHN","KOR","USA"],
                         "questions":["Which market grows fastest?"],"datasets":[%d]}""".formatted(dataset)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long project = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/markets/projects/" + project + "/decisions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"scoring":{"dataset":%d,"flow":"X","product":"8542","from":2019,"to":2024,
                          "weights":{"DEMAND_SIZE":40,"DEMAND_GROWTH":40,"TARIFF":20},"tariffs":{"CHN":5,"KOR":5,"USA":5},"sensitivity":0.2},
                         "choices":[{"market":"KOR","reason":"distributor already signed"}]}""".formatted(dataset)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/markets/projects/" + project + "/analyses").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"parameters":{"method":"INTERVENTION","reporter":"CHN","partner":"0","flow":"X",
                                 "product":"8542","frequency":"A","at":"2020"},"title":"CHN before/after 2020","finding":"level rose"}"""
                                .formatted(dataset)))
                .andExpect(status().isCreated());
        byte[] pdf = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Level change as a percentage (exp(level change) - 1) 48.46 %");
            assertThat(text).doesNotContain("0.000000");
            assertThat(text).containsPattern("All markets are equal on [^:]+: 0\\.5 each");
            assertThat(text).contains("3. Trends of the candidate markets, 2019–2024");
        }
        // zh-TW: the ranking's headings and the tariff source on one line each, not "名/次", "出口成/長"
        byte[] zh = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(zh)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.lines().filter(l -> l.contains("名次") && l.contains("市場") && l.contains("分數")
                    && l.contains("出口規模（供給）") && l.contains("出口成長（供給）")).count()).as(text).isEqualTo(1);
            assertThat(text.lines().filter(l -> l.contains("由使用者輸入")).count()).as(text).isGreaterThanOrEqualTo(3);
            assertThat(text).contains("（2019–2024 年）");
        }
    }
}
