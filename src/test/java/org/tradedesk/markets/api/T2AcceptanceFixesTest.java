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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Findings of the T2 acceptance review (issue 9), in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2AcceptanceFixesTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    @Autowired
    MockMvc mvc;

    long upload(String name) throws Exception {
        return MarketsTestFiles.importResource(mvc, name);
    }

    String indicators(long id, String lang) throws Exception {
        return mvc.perform(get("/api/v1/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "X")
                        .header("Accept-Language", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void indicatorsNameTheMarketsInTheReadersLanguageAsConcentrationDoes() throws Exception {
        long id = upload(PORTAL);
        String zh = indicators(id, "zh-TW");
        assertThat(JsonPath.<List<String>>read(zh, "$.markets[*].name")).containsExactlyInAnyOrder("中國", "南韓", "美國");
        assertThat(JsonPath.<List<String>>read(zh, "$.rows[?(@.iso3 == 'KOR')].name")).isNotEmpty().containsOnly("南韓");
        String en = indicators(id, "en");
        assertThat(JsonPath.<List<String>>read(en, "$.markets[*].name")).containsExactlyInAnyOrder("China", "Rep. of Korea", "United States");
        // Taiwan as a mirror market: the same name /concentration gives
        long mirror = upload("indicators/rca_mirror_legacy.csv");
        String m = mvc.perform(get("/api/v1/markets/datasets/" + mirror + "/indicators").param("product", "8542").param("flow", "M")
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(m, "$.rows[?(@.code == '490')].name")).isNotEmpty()
                .containsOnly(org.tradedesk.markets.importing.CountryNames.name("490", java.util.Locale.TAIWAN))
                .allSatisfy(n -> assertThat(n).startsWith("臺灣"));
    }

    long project(long dataset) throws Exception {
        return MarketsTestFiles.icExports(mvc, dataset);
    }

    @Test
    void aWeightOfNoCriterionIsNamedByTheNameGiven() throws Exception {
        long dataset = upload(PORTAL);
        long id = project(dataset);
        String body = """
                {"dataset":%d,"flow":"X","weights":{"PRICE":30}}""".formatted(dataset);
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights.PRICE"))
                .andExpect(jsonPath("$.errors[0].label").value("Weight of PRICE"))
                .andExpect(jsonPath("$.detail").value(containsString("Weight of PRICE is not valid: it is not a scoring criterion")))
                .andExpect(jsonPath("$.detail").value(not(containsString("{0}"))));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("權重：PRICE"))
                .andExpect(jsonPath("$.detail").value(containsString("權重：PRICE不正確")))
                .andExpect(jsonPath("$.detail").value(not(containsString("{0}"))));
    }

    @Test
    void aMissingParameterIsRequiredAndEveryProblemIsReportedAtOnce() throws Exception {
        long id = upload(PORTAL);
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/indicators").param("flow", "Q").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("product"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("it must be given")))
                .andExpect(jsonPath("$.errors[1].field").value("flow"))
                .andExpect(jsonPath("$.detail").value(not(containsString("\"\""))));
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/indicators").param("flow", "X").header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.detail").value(containsString("產品（HS 代碼）不正確：必須填寫")))
                .andExpect(jsonPath("$.detail").value(not(containsString("「」"))));
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("product", "8542").param("flow", "Q")
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("flow", "reporter")))
                .andExpect(jsonPath("$.detail").value(not(containsString("「」"))));
        mvc.perform(get("/api/v1/markets/datasets/999999/indicators").param("flow", "X").header("Accept-Language", "en"))
                .andExpect(status().isNotFound());
    }
}
