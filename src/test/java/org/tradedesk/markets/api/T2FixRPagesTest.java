package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradedesk.markets.MarketsTestFiles;
import org.tradedesk.markets.ResearchProjects;

/**
 * t2fixR 2: a tariff dataset's average is chosen on the project page, on the scoring form and on the decision form (before,
 * only the API's {@code tariffAverages} took it). The real US tariff file is imported for USA; the portal file's exporters
 * CHN, KOR and USA are scored with USA's tariff from the file, marked as the dataset's average; a form that comes back with an
 * error keeps the dataset chosen; an average chosen with a typed rate for the same market is refused at the market's field,
 * in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixRPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResearchProjects projects;

    long tariffDataset() throws Exception {
        byte[] file = MarketsTestFiles.resource("/markets/" + T2FixNTest.TARIFFS);
        String json = mvc.perform(multipart("/api/v1/markets/tariff-datasets").file(new MockMultipartFile("file", T2FixNTest.TARIFFS,
                        "text/csv", file)).param("market", "USA").header("Accept-Language", "en"))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return T2FixNTest.id(json);
    }

    Document page(MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request.header("Accept-Language", language)).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    MockHttpServletRequestBuilder decision(long project, long dataset, String from, String averages) {
        return post("/markets/projects/" + project + "/decisions").with(csrf()).param("dataset", String.valueOf(dataset))
                .param("flow", "X").param("product", "8542").param("from", from).param("to", "2024").param("demandSize", "1")
                .param("tariff", "1").param("sensitivity", "0.2").param("tariffs", "CHN=0; KOR=8").param("tariffAverages", averages)
                .param("choices", "KOR: largest");
    }

    @Test
    void aTariffDatasetIsChosenOnTheProjectPageAndKeptOnAnError() throws Exception {
        long us = tariffDataset();
        long dataset = MarketsTestFiles.importResource(mvc, MarketsTestFiles.PORTAL);
        long project = MarketsTestFiles.icExports(mvc, dataset);

        // both forms offer USA's tariff dataset, labelled in the reader's language
        Document zh = page(get("/markets/projects/" + project), "zh-TW", 200);
        assertThat(zh.select("label[for=tariffAverage_USA]").text()).isEqualTo("美國（USA） 的關稅資料集");
        assertThat(zh.select("#tariffAverage_USA option[value=" + us + "]").text()).contains("關稅資料集 " + us + "：" + T2FixNTest.TARIFFS);
        assertThat(zh.select("#decision-tariff-average-USA option[value=USA=" + us + "]")).hasSize(1);
        assertThat(zh.select("#tariffAverage_CHN")).isEmpty(); // no tariff dataset of China: nothing to choose

        // the scoring form: USA's tariff is the dataset's average, said so in the ranking
        Document scored = page(get("/markets/projects/" + project).param("dataset", String.valueOf(dataset)).param("flow", "X")
                .param("w_DEMAND_SIZE", "1").param("w_TARIFF", "1").param("tariff_CHN", "0").param("tariff_KOR", "8")
                .param("tariffAverage_USA", String.valueOf(us)), "en", 200);
        assertThat(scored.select("#markets-ranking td[data-market=USA]").parents().first().text()).contains("average given by the dataset");
        assertThat(scored.select("#tariffAverage_USA option[selected]").attr("value")).isEqualTo(String.valueOf(us));

        // an error elsewhere (a year 20l3): the dataset stays chosen; chosen with a typed rate too: refused at its select
        Document error = page(get("/markets/projects/" + project).param("dataset", String.valueOf(dataset)).param("flow", "X")
                .param("from", "20l3").param("w_DEMAND_SIZE", "1").param("w_TARIFF", "1").param("tariff_CHN", "0").param("tariff_KOR", "8")
                .param("tariff_USA", "2").param("tariffAverage_USA", String.valueOf(us)), "zh-TW", 200);
        assertThat(error.select("#tariffAverage_USA option[selected]").attr("value")).isEqualTo(String.valueOf(us));
        assertThat(error.select("#tariffAverage_USA").hasClass("is-invalid")).isTrue();
        assertThat(error.select("#tariffAverage_USA + .invalid-feedback").text()).contains("請擇一：輸入的稅率或關稅資料集的平均稅率");
        assertThat(error.select("#markets-ranking")).isEmpty();

        // the decision form: an error keeps the choice; put right, the decision records USA's tariff as the dataset's average
        Document kept = page(decision(project, dataset, "20l3", "USA=" + us), "en", 422);
        assertThat(kept.select("#decision-tariff-average-USA option[selected]").attr("value")).isEqualTo("USA=" + us);
        assertThat(projects.decisions(project)).isEmpty();
        mvc.perform(decision(project, dataset, "2013", "USA=" + us).header("Accept-Language", "en")).andExpect(status().is3xxRedirection());
        ResearchProjects.MarketLine usa = projects.decisions(project).get(0).figures().ranking().stream()
                .filter(l -> l.market().equals("USA")).findFirst().orElseThrow();
        assertThat(usa.tariffSource()).isEqualTo("DATASET_AVERAGE");
        assertThat(List.of(usa.tariffReference())).singleElement().asString().contains(T2FixNTest.TARIFFS);
    }
}
