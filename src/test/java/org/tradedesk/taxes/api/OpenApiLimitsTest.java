package org.tradedesk.taxes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * t1fixL 4: the OpenAPI description of {@code POST /api/v1/tax/calculations} said "every number at most 18 digits before
 * the point and 10 after it", the JSON edge's bounds, where every number field of the request is bounded tighter (an
 * amount 15 and 6, a rate of exchange 15 and 10, a percentage 0 to 100). It now states the bounds the fields enforce, and
 * the counts it prints are the constants the code checks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiLimitsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void theDescriptionStatesTheBoundsTheFieldsEnforce() throws Exception {
        String description = json.readTree(mvc.perform(get("/v3/api-docs").with(user("carol").roles("COORDINATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("paths").get("/api/v1/tax/calculations").get("post").get("description").asString();
        assertThat(description).doesNotContain("18 digits")
                .contains("at most 5,000 lines, 10 duty options a line, 10,000 option rows in one answer")
                .contains("30 measures a line")
                .contains("an amount (value, freight, insurance, other costs, quantity, net mass, litres, retail price, annual "
                        + "production) at most 15 digits before the point and 6 after it, a rate of exchange 15 and 10, a percentage "
                        + "(alcoholByVolume, sucrosePercent, totalSolubleSolidsPercent) from 0 to 100;");
        // the printed counts are the ones checked
        assertThat(RequestLimits.MAX_LINES_TEXT).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", RequestLimits.MAX_LINES));
        assertThat(RequestLimits.MAX_OPTION_ROWS_TEXT).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", RequestLimits.MAX_OPTION_ROWS));
    }
}
