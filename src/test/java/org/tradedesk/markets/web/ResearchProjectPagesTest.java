package org.tradedesk.markets.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.ResearchProjects;

/** The project page on the real Comtrade portal file: questions, scoring (numpy: CHN 1.0000, KOR 0.5385, USA 0.1500), the decision's flag. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class ResearchProjectPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MarketDatasets markets;

    @Autowired
    ResearchProjects projects;

    long dataset() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/markets/comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv")) {
            return markets.importFile("portal.csv", in, null, "analyst", true).id();
        }
    }

    @Test
    void showsTheProjectTheScoringAndTheFlaggedDecisionInEnglishAndChinese() throws Exception {
        long dataset = dataset();
        long id = projects.create("IC exports", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Which market grows fastest?"),
                List.of(dataset), "analyst").id();
        projects.decide(id, new ResearchProjects.ScoringRequest(dataset, "X", "8542", 2013, 2016,
                Map.of("DEMAND_SIZE", 40.0, "DEMAND_GROWTH", 40.0, "TARIFF", 20.0), Map.of("CHN", 0.0, "KOR", 8.0, "USA", 2.0), 0.2),
                List.of(new ResearchProjects.Choice("CHN", "")), "analyst");
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en")
                        .param("dataset", String.valueOf(dataset)).param("flow", "X").param("from", "2019").param("to", "2024")
                        .param("w_DEMAND_SIZE", "40").param("w_DEMAND_GROWTH", "40").param("w_TARIFF", "20")
                        .param("tariff_CHN", "0").param("tariff_KOR", "8").param("tariff_USA", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Which market grows fastest?")))
                .andExpect(content().string(matchesPattern("(?s).*<td>1</td><td data-market=\"CHN\">China \\(CHN\\)</td>\\s*<td class=\"text-end\">1\\.0000</td>.*")))
                .andExpect(content().string(matchesPattern("(?s).*<td>2</td><td data-market=\"KOR\">Rep\\. of Korea \\(KOR\\)</td>\\s*<td class=\"text-end\">0\\.5385</td>.*")))
                .andExpect(content().string(containsString("typed by the user")))
                .andExpect(content().string(containsString("Warning:")))
                .andExpect(content().string(containsString("China (CHN), Rep. of Korea (KOR), United States (USA)")))
                .andExpect(content().string(containsString("<strong data-market=\"CHN\">China (CHN)</strong>")))
                .andExpect(content().string(containsString("was chosen although its trend growth is negative")))
                .andExpect(content().string(not(containsString("markets.project."))));
        mvc.perform(get("/markets").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("href=\"/markets/projects/" + id + "\"")));
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("待回答的問題")))
                // t2names: the candidate markets and the chosen one by name, the code in brackets
                .andExpect(content().string(containsString("中國（CHN）、南韓（KOR）、美國（USA）")))
                .andExpect(content().string(containsString("<strong data-market=\"CHN\">中國（CHN）</strong>")))
                .andExpect(content().string(containsString("美國（USA） 關稅（%）")))
                .andExpect(content().string(containsString("警告：")));
        // a tariff left out while weighted: the page names the market, nothing breaks
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en").param("dataset", String.valueOf(dataset)).param("flow", "X")
                        .param("w_TARIFF", "20").param("w_DEMAND_SIZE", "40").param("tariff_CHN", "0").param("tariff_KOR", "8"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"markets-scoring-error\"[^>]*>[^<]*United States \\(USA\\).*")));
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW").param("dataset", String.valueOf(dataset)).param("flow", "X")
                        .param("w_TARIFF", "20").param("w_DEMAND_SIZE", "40").param("tariff_CHN", "0").param("tariff_KOR", "8"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"markets-scoring-error\"[^>]*>[^<]*美國（USA） 的關稅率不正確：該市場沒有「市場進入（關稅）」的數值.*"))) // at its field (t2fixJ)
                .andExpect(content().string(matchesPattern("(?s).*class=\"form-control is-invalid\" id=\"tariff_USA\".*")));
    }
}
