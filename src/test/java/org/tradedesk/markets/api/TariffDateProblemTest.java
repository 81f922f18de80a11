package org.tradedesk.markets.api;

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

/**
 * Issue 9 minor: a {@code tariffDate} that is not a date, on the REST calls that take it (scoring, and a decision's scoring),
 * is the markets' problem detail naming the field, its label and what is expected — not the platform's generic "unreadable".
 * The body is refused before the project is looked up, so no project is needed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class TariffDateProblemTest {

    @Autowired
    MockMvc mvc;

    static final String SCORING = """
            {"dataset":1,"flow":"X","product":"8542","weights":{"DEMAND_SIZE":1},"tariffDate":"2026-13-45"}""";

    @Test
    void aBadTariffDateOnTheScoringIsNamedByItsLabelAndSaysWhatIsExpected() throws Exception {
        mvc.perform(post("/api/v1/markets/projects/999999/scoring").contentType(MediaType.APPLICATION_JSON).content(SCORING)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("markets.query.invalid-because"))
                .andExpect(jsonPath("$.errors[0].field").value("tariffDate"))
                .andExpect(jsonPath("$.errors[0].label").value("Tariff date"))
                .andExpect(jsonPath("$.detail").value(
                        "Tariff date is not valid: it must be a valid date (year-month-day, e.g. 2026-03-02) (received \"2026-13-45\")."));
        mvc.perform(post("/api/v1/markets/projects/999999/scoring").contentType(MediaType.APPLICATION_JSON).content(SCORING)
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tariffDate"))
                .andExpect(jsonPath("$.errors[0].label").value("關稅日期"))
                .andExpect(jsonPath("$.detail").value("關稅日期不正確：須為有效日期（年-月-日，例如 2026-03-02）（收到「2026-13-45」）。"));
    }

    @Test
    void aBadTariffDateInADecisionsScoringIsNamedByItsPath() throws Exception {
        mvc.perform(post("/api/v1/markets/projects/999999/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scoring\":" + SCORING.replace("2026-13-45", "1 Dec 2026") + ",\"choices\":[]}")
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("markets.query.invalid-because"))
                .andExpect(jsonPath("$.errors[0].field").value("scoring.tariffDate"))
                .andExpect(jsonPath("$.errors[0].label").value("關稅日期"))
                .andExpect(jsonPath("$.detail").value("關稅日期不正確：須為有效日期（年-月-日，例如 2026-03-02）（收到「1 Dec 2026」）。"));
    }

    @Test
    void anotherUnreadableFieldKeepsThePlatformsAnswer() throws Exception {
        mvc.perform(post("/api/v1/markets/projects/999999/scoring").contentType(MediaType.APPLICATION_JSON)
                        .content(SCORING.replace("\"dataset\":1", "\"dataset\":\"abc\"").replace("2026-13-45", "2026-12-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.unreadable"))
                .andExpect(jsonPath("$.errors[0].field").value("dataset"));
    }
}
