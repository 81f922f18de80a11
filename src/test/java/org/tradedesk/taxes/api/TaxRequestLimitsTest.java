package org.tradedesk.taxes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11: the worst legal request (20,000 lines with an option each) took 41 s and answered 41 MB. One request
 * now calculates at most 5,000 lines and compares at most 10,000 duty options (the general rate counted on each
 * line with a choice); above either the answer is a 413 problem detail naming {@code lines} and the limit in the
 * reader's language, given before the engine runs, and nothing is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TaxRequestLimitsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    static String request(int lines, int options) {
        StringBuilder b = new StringBuilder("""
                {"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF","lines":[""");
        for (int i = 0; i < lines; i++) {
            b.append(i == 0 ? "" : ",").append("{\"description\":\"amplifier ").append(i).append("\",\"value\":100,\"measures\":{\"duty\":\"7.5%\"}");
            if (options > 0) {
                b.append(",\"options\":[");
                for (int k = 0; k < options; k++) {
                    b.append(k == 0 ? "" : ",").append("{\"scheme\":\"OWN").append(k).append("\",\"duty\":\"").append(k).append("%\"}");
                }
                b.append(']');
            }
            b.append('}');
        }
        return b.append("]}").toString();
    }

    MockHttpServletResponse send(String path, String body, String language) throws Exception {
        return mvc.perform(post(path).with(user("carol").roles("COORDINATOR")).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    @Test
    void moreThanFiveThousandLinesIsA413NamingTheLinesAndTheLimit() throws Exception {
        MockHttpServletResponse r = send("/api/v1/tax/calculations", request(5_001, 0), "en");
        assertThat(r.getStatus()).isEqualTo(413);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"taxes.api.lines.too-many\"")
                .contains("\"field\":\"lines\"").contains("The request has 5,001 lines; the API calculates at most 5,000 lines");
        MockHttpServletResponse zh = send("/api/v1/tax/calculations", request(5_001, 0), "zh-TW");
        assertThat(zh.getContentAsString(StandardCharsets.UTF_8)).contains("本請求有 5,001 項；API 每次最多計算 5,000 項");
    }

    @Test
    void moreThanTenThousandOptionRowsIsA413AndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from tax_calculation", Long.class);
        // 1,000 lines with ten options each: 1,000 × (10 + the general rate) = 11,000 rows
        MockHttpServletResponse r = send("/api/v1/tax/calculations/saved", "{\"request\":" + request(1_000, 10) + "}", "en");
        assertThat(r.getStatus()).isEqualTo(413);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"taxes.api.options.too-many\"")
                .contains("compares 11,000 duty options").contains("at most 10,000");
        assertThat(jdbc.queryForObject("select count(*) from tax_calculation", Long.class)).isEqualTo(before);
    }

    @Test
    void theLimitsThemselvesAreCalculated() throws Exception {
        // 909 lines × (10 options + the general rate) = 9,999 rows: within both limits
        assertThat(send("/api/v1/tax/calculations", request(909, 10), "en").getStatus()).isEqualTo(200);
    }
}
