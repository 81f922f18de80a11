package org.tradedesk.marketing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Figures from src/test/resources/marketing/selection_reference.py (numpy), as in MultiCriteriaSelectionTest. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class SelectionApiTest {

    static final String CRITERIA = """
            [{"name":"culture","kind":"benefit","weight":0.3},{"name":"cost","kind":"cost","weight":0.2},
             {"name":"feasibility","kind":"benefit","weight":0.2},{"name":"fit","kind":"benefit","weight":0.3}]""";
    static final String ALTERNATIVES = """
            [{"name":"fair","scores":[7,120000,6,8]},{"name":"distributor","scores":[5,30000,9,6]},
             {"name":"ecommerce","scores":[8,250000,4,9]},{"name":"ads","scores":[6,15000,8,5]}]""";
    static final String PAIRWISE = "[[1,3,5,0.5],[0.3333333333,1,3,0.25],[0.2,0.3333333333,1,0.1666666667],[2,4,6,1]]";

    @Autowired
    MockMvc mvc;

    ResultActions post(String body, String language) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/marketing/selection")
                .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void topsisRanksAsTheReference() throws Exception {
        post("{\"method\":\"TOPSIS\",\"criteria\":" + CRITERIA + ",\"alternatives\":" + ALTERNATIVES + "}", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking[0].name").value("distributor"))
                .andExpect(jsonPath("$.ranking[0].score", closeTo(0.65117033, 1e-8), Double.class))
                .andExpect(jsonPath("$.ranking[3].name").value("ecommerce"))
                .andExpect(jsonPath("$.weights[0]", closeTo(0.3, 1e-12), Double.class))
                .andExpect(jsonPath("$.consistencyRatio").doesNotExist());
    }

    @Test
    void ahpGivesEigenvectorWeightsAndTheConsistencyRatio() throws Exception {
        post("{\"method\":\"AHP\",\"criteria\":" + CRITERIA + ",\"pairwise\":" + PAIRWISE + ",\"alternatives\":" + ALTERNATIVES + "}",
                "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights[3]", closeTo(0.49476261, 1e-6), Double.class))
                .andExpect(jsonPath("$.consistencyRatio", closeTo(0.0291791204, 1e-6), Double.class))
                .andExpect(jsonPath("$.warning").doesNotExist())
                .andExpect(jsonPath("$.ranking[0].name").value("ecommerce"));
    }

    @Test
    void warnsInTheCallersLanguageAboveTenPercent() throws Exception {
        String body = """
                {"method":"ahp","criteria":[{"name":"a","kind":"benefit"},{"name":"b","kind":"benefit"},{"name":"c","kind":"cost"}],
                 "pairwise":[[1,9,0.1111111111],[0.1111111111,1,9],[9,0.1111111111,1]],
                 "alternatives":[{"name":"x","scores":[1,2,3]},{"name":"y","scores":[3,2,1]}]}""";
        post(body, "zh-TW").andExpect(status().isOk())
                .andExpect(jsonPath("$.consistencyRatio", closeTo(6.1302681992, 1e-6), Double.class))
                .andExpect(jsonPath("$.warning", containsString("一致性比率")));
    }

    @Test
    void namesTheProblemOfInconsistentInput() throws Exception {
        post("{\"method\":\"AHP\",\"criteria\":" + CRITERIA + ",\"pairwise\":[[1,3,5,0.5],[3,1,3,0.25],[0.2,0.3333,1,0.1666],[2,4,6,1]],"
                + "\"alternatives\":" + ALTERNATIVES + "}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("marketing.selection.pairwise-not-reciprocal"))
                .andExpect(jsonPath("$.detail", containsString("row 1, column 2")));
        post("{\"method\":\"AHP\",\"criteria\":" + CRITERIA + ",\"pairwise\":[[1,3,5],[0.3333,1,3],[0.2,0.3333,1]],"
                + "\"alternatives\":" + ALTERNATIVES + "}", "zh-TW")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("marketing.selection.pairwise-not-square"))
                .andExpect(jsonPath("$.detail", containsString("成對比較矩陣須為 4 × 4")));
        post("{\"method\":\"WEIGHTED\",\"criteria\":" + CRITERIA + ",\"alternatives\":[{\"name\":\"fair\",\"scores\":[7,1]}]}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("marketing.selection.scores-length"))
                .andExpect(jsonPath("$.detail").value("Alternative fair has 2 scores but there are 4 criteria."));
        post("{\"method\":\"ELECTRE\",\"criteria\":" + CRITERIA + ",\"alternatives\":" + ALTERNATIVES + "}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.selection.unknown-method"));
        post("{\"method\":\"TOPSIS\",\"criteria\":[{\"name\":\"a\",\"kind\":\"good\",\"weight\":1}],\"alternatives\":"
                + "[{\"name\":\"x\",\"scores\":[1]}]}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.selection.unknown-kind"));
        post("{\"method\":\"TOPSIS\",\"criteria\":[{\"name\":\"a\",\"kind\":\"cost\",\"weight\":0}],\"alternatives\":"
                + "[{\"name\":\"x\",\"scores\":[1]}]}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.selection.weights-sum"));
        post("{\"method\":\"TOPSIS\",\"criteria\":[],\"alternatives\":[{\"name\":\"x\",\"scores\":[1]}]}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("error.validation"));
        post("{\"method\":\"TOPSIS\",\"criteria\":\"x\"}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("error.unreadable"));
    }

    @Test
    void isDocumentedInOpenApi() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/marketing/selection", "principal eigenvector");
    }

    /** Review finding (t3plan): a top-level weights list is used (same ranking as the weights on the criteria) or refused naming it. */
    @Test
    void topLevelWeightsAreUsedOrRefusedNamingThem() throws Exception {
        String bare = CRITERIA.replaceAll(",\\s*\"weight\":[0-9.]+", "");
        post("{\"method\":\"TOPSIS\",\"criteria\":" + bare + ",\"weights\":[0.3,0.2,0.2,0.3],\"alternatives\":" + ALTERNATIVES + "}", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking[0].name").value("distributor"))
                .andExpect(jsonPath("$.ranking[0].score", closeTo(0.65117033, 1e-8), Double.class));
        post("{\"method\":\"TOPSIS\",\"criteria\":" + CRITERIA + ",\"weights\":[0.3,0.2,0.2,0.3],\"alternatives\":" + ALTERNATIVES + "}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.selection.weights-twice"))
                .andExpect(jsonPath("$.detail", containsString("weights")));
        post("{\"method\":\"WEIGHTED\",\"criteria\":" + bare + ",\"weights\":[0.5,0.5],\"alternatives\":" + ALTERNATIVES + "}", "zh-TW")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.selection.weights-length"))
                .andExpect(jsonPath("$.detail", containsString("weights：4 個準則卻有 2 個權重")));
        post("{\"method\":\"AHP\",\"criteria\":" + bare + ",\"pairwise\":" + PAIRWISE + ",\"weights\":[0.3,0.2,0.2,0.3],"
                + "\"alternatives\":" + ALTERNATIVES + "}", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.selection.weights-ahp"));
    }
}
