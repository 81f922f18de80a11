package org.tradedesk.markets.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Review: the module's advice answers a path variable that is not a number too (/api/v1/markets/projects/abc), and named it
 * by the raw English {@code id}. Its label is in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class PathVariableProblemTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aProjectIdThatIsNotANumberIsNamedByItsLabelInChinese() throws Exception {
        mvc.perform(get("/api/v1/markets/projects/abc").header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].label").value("網址中的編號（專案、資料集或分析）"));
        mvc.perform(get("/api/v1/markets/projects/abc").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("Number in the address (of the project, dataset or analysis)"));
    }
}
