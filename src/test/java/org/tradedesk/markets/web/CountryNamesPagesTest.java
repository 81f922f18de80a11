package org.tradedesk.markets.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.MarketDatasets;

/** The series and concentration pages name reporters and partners in the reader's language; "0" is the World (世界). */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class CountryNamesPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MarketDatasets markets;

    @Test
    void seriesAndSharesShowCountryNamesInBothLanguages() throws Exception {
        byte[] portal = MarketPagesTest.file("comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv");
        // three line ends more than the other tests' copies: a file of its own (SHA-256), the same rows
        byte[] longer = java.util.Arrays.copyOf(portal, portal.length + 6);
        for (int i = 0; i < 3; i++) {
            longer[portal.length + 2 * i] = '\r';
            longer[portal.length + 2 * i + 1] = '\n';
        }
        long id = markets.importFile("portal-names.csv", new ByteArrayInputStream(longer), null, "analyst", true).id();
        mvc.perform(get("/markets/datasets/" + id + "/series").param("reporter", "CHN").param("flow", "X").param("product", "8542")
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("中國（CHN） → 世界（0），出口，貨品 8542")));
        mvc.perform(get("/markets/datasets/" + id + "/series").param("reporter", "842").param("flow", "X").param("product", "8542")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("United States (842) → World (0), Exports, product 8542")));
        mvc.perform(get("/markets/datasets/" + id + "/concentration").param("year", "2019").param("flow", "X").param("product", "8542")
                        .param("by", "reporter").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">南韓</td>")))
                .andExpect(content().string(containsString(">中國</td>")));
    }
}
