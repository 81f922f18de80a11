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
 * Issue 9: a {@code tariffDate} that is not a date, on the REST calls that take it (scoring, and a decision's scoring), is the
 * platform's one problem detail for an unreadable body (ApiExceptionHandler: {@code error.unreadable}, {@code errors[]} with
 * the field's path, in the reader's language) — the markets' controller no longer answers it with a shape of its own (t2minor).
 * Issue 6 (t1spr): the detail and {@code errors[].label} name the field by its label in the reader's language (關稅日期),
 * {@code errors[].field} keeps the path for machines.
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
    void aBadTariffDateOnTheScoringIsThePlatformsProblemDetailInTheReadersLanguage() throws Exception {
        mvc.perform(post("/api/v1/markets/projects/999999/scoring").contentType(MediaType.APPLICATION_JSON).content(SCORING)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.unreadable"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("tariffDate"))
                .andExpect(jsonPath("$.errors[0].label").value("Tariff date"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date YYYY-MM-DD"))
                .andExpect(jsonPath("$.detail").value("The value of 'Tariff date' cannot be read: must be a date YYYY-MM-DD"));
        mvc.perform(post("/api/v1/markets/projects/999999/scoring").contentType(MediaType.APPLICATION_JSON).content(SCORING)
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.unreadable"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(".*[A-Za-z]{3,}.*"))))
                .andExpect(jsonPath("$.errors[0].field").value("tariffDate"))
                .andExpect(jsonPath("$.errors[0].label").value("關稅日期"))
                .andExpect(jsonPath("$.errors[0].message").value("須為日期 YYYY-MM-DD"))
                .andExpect(jsonPath("$.detail").value("無法讀取「關稅日期」的值：須為日期 YYYY-MM-DD"));
    }

    @Test
    void aBadTariffDateInADecisionsScoringIsNamedByItsPath() throws Exception {
        mvc.perform(post("/api/v1/markets/projects/999999/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scoring\":" + SCORING.replace("2026-13-45", "1 Dec 2026") + ",\"choices\":[]}")
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.unreadable"))
                .andExpect(jsonPath("$.errors[0].field").value("scoring.tariffDate"))
                .andExpect(jsonPath("$.errors[0].label").value("關稅日期"))
                .andExpect(jsonPath("$.errors[0].message").value("須為日期 YYYY-MM-DD"));
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
