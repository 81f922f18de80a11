package org.tradedesk.markets.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.ResearchProjects;

/**
 * t2fixM, the code read of the scoring merged with t2fixJ: R5, a typed rate of -1e999 (read as -Infinity) is refused at its
 * field with the other problems; R9, a project record holding no product is refused in words, not a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixMTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResearchProjects projects;
    @Autowired
    JdbcTemplate jdbc;

    /** The T2FixJTest helpers (the same portal file, the same scoring request). */
    T2FixJTest j() {
        T2FixJTest j = new T2FixJTest();
        j.mvc = mvc;
        j.projects = projects;
        return j;
    }

    /** R5: -1e999 is negative: at tariffs.KOR with the other problems, not one 400 of MarketAccess printing "-Infinity". */
    @Test
    void aRateOfMinusInfinityIsRefusedAtItsFieldWithTheOtherProblems() throws Exception {
        long dataset = j().dataset();
        long id = projects.create("IC", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Which market?"), List.of(dataset),
                "analyst").id();
        mvc.perform(j().scoring(id, "en", """
                        {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":40,"TARIFF":20},"tariffs":{"CHN":2000,"KOR":-1e999,"USA":0}}"""
                        .formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("tariffs.CHN"))
                .andExpect(jsonPath("$.errors[1].field").value("tariffs.KOR"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("cannot be negative")))
                .andExpect(jsonPath("$.code").value(not("markets.stats.tariff.invalid")));
    }

    /** R9: a project record without any HS code (never created so, only by hand in the database): a worded 409. */
    @Test
    void aProjectRecordWithoutProductsIsRefusedInWords() throws Exception {
        long dataset = j().dataset();
        long id = projects.create("IC", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Which market?"), List.of(dataset),
                "analyst").id();
        jdbc.update("update markets_research_project set hs_codes = '' where id = ?", id);
        mvc.perform(j().scoring(id, "en", """
                        {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":40,"TARIFF":20},"tariffs":{"CHN":0,"KOR":0,"USA":0}}"""
                        .formatted(dataset)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("markets.project.no-products"))
                .andExpect(jsonPath("$.detail").value(containsString("holds no product (HS code)")));
        mvc.perform(j().scoring(id, "zh-TW", """
                        {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":40,"TARIFF":20},"tariffs":{"CHN":0,"KOR":0,"USA":0}}"""
                        .formatted(dataset)))
                .andExpect(jsonPath("$.detail").value(containsString("此專案沒有任何產品")));
    }
}
