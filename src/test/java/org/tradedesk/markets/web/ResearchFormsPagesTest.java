package org.tradedesk.markets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.ProjectAnalyses;
import org.tradedesk.markets.ResearchProjects;

/**
 * The page forms on the real Comtrade portal file: a project created by form (a bad dataset id comes back at its field with
 * the typed text, the other fields kept), a decision recorded by form with the decision check shown (2013–2016: CHN's
 * trend −9.18 % a year and KOR, score 0.66543 by numpy, above it — ResearchProjectApiTest), the analysis page with its
 * chart data, share, a colleague's comment with author, and the cause-and-effect caveat.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class ResearchFormsPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MarketDatasets markets;

    @Autowired
    ResearchProjects projects;

    @Autowired
    ProjectAnalyses shared;

    @Autowired
    JdbcTemplate jdbc;

    long dataset() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/markets/comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv")) {
            return markets.importFile("portal.csv", in, null, "analyst", true).id();
        }
    }

    @Test
    void aFailedDatasetIsNotOfferedAndIsRefusedOnTheDatasetsField() throws Exception {
        // review M3: a project on a failed import printed "null (null, null)" in its report
        long failed = dataset();
        jdbc.update("update markets_dataset set status = 'FAILED' where id = ?", failed);
        // the same file is one dataset for the whole test context (same SHA-256): put its status back afterwards
        try {
            mvc.perform(get("/markets/projects/new").header("Accept-Language", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"" + failed + "\""))));
            Integer before = jdbc.queryForObject("select count(*) from markets_research_project", Integer.class);
            mvc.perform(post("/markets/projects").with(csrf()).header("Accept-Language", "zh-TW")
                            .param("name", "IC exports").param("hsCodes", "8542").param("markets", "CHN, KOR")
                            .param("questions", "Which market grows fastest?").param("datasets", String.valueOf(failed)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(matchesPattern("(?s).*id=\"project-datasets-error\"[^>]*>[^<]*資料集 " + failed
                            + "（[^）]+）尚未匯入成功.*")));
            assertThat(jdbc.queryForObject("select count(*) from markets_research_project", Integer.class)).isEqualTo(before);
        } finally {
            jdbc.update("update markets_dataset set status = 'SUCCEEDED' where id = ?", failed);
        }
    }

    @Test
    void aProjectIsCreatedByFormAndABadFieldComesBackWithWhatWasTyped() throws Exception {
        long dataset = dataset();
        mvc.perform(get("/markets/projects/new").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新增研究專案")))
                .andExpect(content().string(containsString("value=\"" + dataset + "\"")));
        Integer before = jdbc.queryForObject("select count(*) from markets_research_project", Integer.class);
        mvc.perform(post("/markets/projects").with(csrf()).header("Accept-Language", "en")
                        .param("name", "IC exports").param("hsCodes", "8542").param("markets", "CHN, KOR, USA")
                        .param("questions", "Which market grows fastest?\nWhere is the tariff lowest?").param("datasets", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"IC exports\"")))
                .andExpect(content().string(containsString("Where is the tariff lowest?")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"project-datasets-error\"[^>]*>[^<]+<.*")));
        mvc.perform(post("/markets/projects").with(csrf()).header("Accept-Language", "en")
                        .param("name", "IC exports").param("hsCodes", "8542").param("markets", "CHN, KOR, U5A")
                        .param("questions", "Which market grows fastest?").param("datasets", String.valueOf(dataset)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("only ISO3 letter codes")))
                // a refusal of the facade (FormProblems) keeps the input as a field error does
                .andExpect(content().string(containsString("value=\"IC exports\"")))
                .andExpect(content().string(containsString("CHN, KOR, U5A")));
        assertThat(jdbc.queryForObject("select count(*) from markets_research_project", Integer.class)).isEqualTo(before);
        String location = mvc.perform(post("/markets/projects").with(csrf())
                        .param("name", "IC exports").param("hsCodes", "8542").param("markets", "CHN, kor USA")
                        .param("questions", "Which market grows fastest?\n\nWhere is the tariff lowest?").param("datasets", String.valueOf(dataset)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ResearchProjects.Project p = projects.project(id);
        assertThat(p.markets()).containsExactly("CHN", "KOR", "USA");
        assertThat(p.questions()).containsExactly("Which market grows fastest?", "Where is the tariff lowest?");
        assertThat(p.createdBy()).isEqualTo("analyst");
    }

    /** t2fixD item 7: a year that is not a number and a negative weight are worded with the value and the bound, input kept. */
    @Test
    void aDecisionFormsBadYearAndWeightAreWordedWithTheValueAndTheBound() throws Exception {
        long dataset = dataset();
        long id = projects.create("IC exports", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Which market?"), List.of(dataset),
                "analyst").id();
        mvc.perform(post("/markets/projects/" + id + "/decisions").with(csrf()).header("Accept-Language", "zh-TW")
                        .param("dataset", String.valueOf(dataset)).param("flow", "X").param("product", "8542").param("from", "20l8")
                        .param("to", "2016").param("demandSize", "-3").param("demandGrowth", "40").param("tariff", "20")
                        .param("tariffs", "CHN=0; KOR=8; USA=2").param("sensitivity", "0.2").param("choices", "CHN:"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"20l8\"")))
                .andExpect(content().string(containsString("「20l8」不是整數")))
                .andExpect(content().string(containsString("-3 低於允許的最小值 0")))
                .andExpect(content().string(not(containsString("值不正確"))))
                .andExpect(content().string(not(containsString("必須大於或等於"))));
        assertThat(projects.decisions(id)).isEmpty();
    }

    @Test
    void aDecisionRecordedByFormShowsTheDecisionCheck() throws Exception {
        long dataset = dataset();
        long id = projects.create("IC exports", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Which market?"), List.of(dataset),
                "analyst").id();
        // an unreadable year and a malformed tariff list: both at their fields, the choices kept, nothing stored
        mvc.perform(post("/markets/projects/" + id + "/decisions").with(csrf()).header("Accept-Language", "en")
                        .param("dataset", String.valueOf(dataset)).param("flow", "X").param("product", "8542").param("from", "20l3")
                        .param("to", "2016").param("demandSize", "40").param("demandGrowth", "40").param("tariff", "20")
                        .param("tariffs", "CHN 0").param("sensitivity", "0.2").param("choices", "CHN:"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"20l3\"")))
                .andExpect(content().string(containsString("write PRODUCT MARKET=rate entries")));
        assertThat(projects.decisions(id)).isEmpty();
        // t2names: a scoring refusal whose text is data (the market named, the criterion worded) is shown whole on the form
        mvc.perform(post("/markets/projects/" + id + "/decisions").with(csrf()).header("Accept-Language", "en")
                        .param("dataset", String.valueOf(dataset)).param("flow", "X").param("product", "8542").param("from", "2013")
                        .param("to", "2016").param("demandSize", "40").param("demandGrowth", "40").param("tariff", "20")
                        .param("tariffs", "CHN=0; KOR=8").param("sensitivity", "0.2").param("choices", "CHN:"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Tariff rate of United States (USA) is not valid: the market has no value for Market access (tariff)")))
                .andExpect(content().string(not(containsString("markets.stats."))));
        assertThat(projects.decisions(id)).isEmpty();
        mvc.perform(post("/markets/projects/" + id + "/decisions").with(csrf()).header("Accept-Language", "en")
                        .param("dataset", String.valueOf(dataset)).param("flow", "X").param("product", "8542").param("from", "2013")
                        .param("to", "2016").param("demandSize", "40").param("demandGrowth", "40").param("tariff", "20")
                        .param("tariffs", "CHN=0; KOR=8; USA=2").param("sensitivity", "0.2").param("choices", "CHN:"))
                .andExpect(status().is3xxRedirection());
        ResearchProjects.Decision d = projects.decisions(id).get(0);
        assertThat(d.figures().ranking().get(0).market()).isEqualTo("KOR");
        assertThat(d.figures().ranking().get(0).score()).isCloseTo(0.66543, org.assertj.core.api.Assertions.within(0.000005));
        assertThat(d.figures().ranking().get(1).demandGrowth()).isCloseTo(-0.0918, org.assertj.core.api.Assertions.within(0.00005));
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("was chosen although its trend growth is negative")))
                .andExpect(content().string(containsString("no reason is stated")));
        // the chosen market and its reason: a full-width colon in Chinese, a half-width one in English
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW"))
                .andExpect(content().string(containsString("中國（CHN）</strong><span>：")))
                .andExpect(content().string(not(containsString("（CHN）</strong>:"))));
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("China (CHN)</strong><span>: ")));
        // a market not in the project: the form again with the reason, nothing stored
        mvc.perform(post("/markets/projects/" + id + "/decisions").with(csrf()).header("Accept-Language", "zh-TW")
                        .param("dataset", String.valueOf(dataset)).param("flow", "X").param("demandSize", "1").param("choices", "JPN: cheap"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("JPN")))
                .andExpect(content().string(not(containsString("markets.project.invalid"))));
        assertThat(projects.decisions(id)).hasSize(1);
    }

    @Test
    void anAnalysisIsShownSharedAndCommentedOnWithItsCaveat() throws Exception {
        long dataset = dataset();
        long id = projects.create("IC exports", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Which market?"), List.of(dataset),
                "analyst").id();
        mvc.perform(get("/markets/datasets/" + dataset + "/analysis").header("Accept-Language", "en")
                        .param("method", "INTERVENTION").param("reporter", "CHN").param("partner", "0").param("flow", "X")
                        .param("product", "8542").param("frequency", "A").param("at", "2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"markets-analysis-chart\"")))
                .andExpect(content().string(containsString("association, not causation")))
                .andExpect(content().string(containsString("Level change at the change")))
                .andExpect(content().string(containsString("0.3951")))
                .andExpect(content().string(containsString("/js/markets-analysis")))
                .andExpect(content().string(not(containsString("<script>"))));
        // sharing without a title: the form again with the error, the analysis still shown
        mvc.perform(post("/markets/datasets/" + dataset + "/analysis/share").with(csrf()).header("Accept-Language", "en")
                        .param("method", "INTERVENTION").param("reporter", "CHN").param("partner", "0").param("flow", "X")
                        .param("product", "8542").param("frequency", "A").param("at", "2020").param("project", String.valueOf(id))
                        .param("title", "").param("finding", "level up"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"share-title-error\"")))
                .andExpect(content().string(containsString("level up")));
        mvc.perform(post("/markets/datasets/" + dataset + "/analysis/share").with(csrf())
                        .param("method", "INTERVENTION").param("reporter", "CHN").param("partner", "0").param("flow", "X")
                        .param("product", "8542").param("frequency", "A").param("at", "2020").param("project", String.valueOf(id))
                        .param("title", "CHN before/after 2020").param("finding", "level up"))
                .andExpect(status().is3xxRedirection());
        long analysis = shared.shared(id).get(0).id();
        mvc.perform(post("/markets/projects/" + id + "/analyses/" + analysis + "/comments").with(csrf()).with(user("bob").roles("COORDINATOR"))
                        .param("body", "The pandemic fell in the same year."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/markets/projects/" + id + "/analyses/" + analysis + "/comments").with(csrf()).header("Accept-Language", "en")
                        .param("body", "  "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"comment-" + analysis + "-error\"")));
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("因果分析")))
                .andExpect(content().string(containsString("只顯示關聯，不代表因果")))
                .andExpect(content().string(containsString("CHN before/after 2020")))
                .andExpect(content().string(matchesPattern("(?s).*<strong>bob</strong>.*The pandemic fell in the same year\\..*")))
                .andExpect(content().string(containsString("/markets/projects/" + id + "/analyses/" + analysis + ".svg")));
        byte[] svg = mvc.perform(get("/markets/projects/" + id + "/analyses/" + analysis + ".svg"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(svg, java.nio.charset.StandardCharsets.UTF_8)).startsWith("<svg").contains("<polyline");
    }
}
