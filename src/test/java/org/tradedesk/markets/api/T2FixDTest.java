package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** T2 findings handled on branch t2fixD (decision checks, unknown analysis parameters, weight labels), each failing before its fix. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixDTest {

    @Autowired
    MockMvc mvc;

    long upload(String name) throws Exception {
        return MarketsTestFiles.succeeded(mvc, MarketsTestFiles.importResource(mvc, name));
    }

    long project(long dataset) throws Exception {
        return MarketsTestFiles.icExports(mvc, dataset);
    }

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    static String scoring(long dataset) {
        return """
                {"dataset":%d,"flow":"X","product":"8542","from":2013,"to":2016,
                 "weights":{"DEMAND_SIZE":40,"DEMAND_GROWTH":40,"TARIFF":20},"tariffs":{"CHN":0,"KOR":8,"USA":2},"sensitivity":0.2}"""
                .formatted(dataset);
    }

    /** 3: every bad choice at once in errors[], labelled, with the candidates and the length bound stated; nothing stored. */
    @Test
    void aDecisionsBadChoicesAreAllReportedWithTheirBounds() throws Exception {
        long dataset = upload(PORTAL);
        long id = project(dataset);
        String longReason = "x".repeat(20_000);
        mvc.perform(post("/api/v1/markets/projects/" + id + "/decisions").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scoring\":" + scoring(dataset) + ",\"choices\":[{\"market\":\"KOR\",\"reason\":\"" + longReason
                                + "\"},{\"market\":\"KOR\",\"reason\":\"\"},{\"market\":\"FRA\",\"reason\":\"\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("choices.reason"))
                .andExpect(jsonPath("$.errors[0].label").value("Reason for the choice"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("20,000 characters; at most 1,000")))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("chosen twice")))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("not one of the project's candidate markets (CHN, KOR, USA)")))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("FRA")));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/decisions").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scoring\":" + scoring(dataset) + ",\"choices\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("選定市場"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("請至少選擇一個候選市場")));
        mvc.perform(get("/api/v1/markets/projects/" + id + "/decisions")).andExpect(jsonPath("$.length()").value(0));
    }

    /** 3: a blank project is told every missing field, not only its name. */
    @Test
    void aBlankProjectIsToldEveryMissingField() throws Exception {
        mvc.perform(post("/api/v1/markets/projects").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("name", "hsCodes", "markets", "questions", "datasets")));
    }

    /** 4: an analysis parameter the analysis does not read is refused, named. */
    @Test
    void anUnknownAnalysisParameterIsRefused() throws Exception {
        long dataset = upload(PORTAL);
        long id = project(dataset);
        mvc.perform(post("/api/v1/markets/projects/" + id + "/analyses").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"parameters":{"method":"TREND","reporter":"USA","partner":"0","flow":"X","product":"8542","frequency":"A","bogus":"1"},"title":"t","finding":"f"}"""
                                .formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parameters.bogus"))
                .andExpect(jsonPath("$.detail").value(containsString("no such parameter")));
    }

    /** 5: a weight sent as a string is named by its label, as the negative weight is. */
    @Test
    void aWeightThatIsNotANumberIsNamedByItsLabel() throws Exception {
        long dataset = upload(PORTAL);
        long id = project(dataset);
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"product":"8542","weights":{"DEMAND_SIZE":"abc"}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("「權重：需求規模」")));
    }
}
