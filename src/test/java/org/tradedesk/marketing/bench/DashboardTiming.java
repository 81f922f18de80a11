package org.tradedesk.marketing.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10's speed target: the campaigns dashboard with 500 campaigns of 20 activities each (and a
 * budget version each) renders on the server in under 300 ms. Seeds by JDBC, then times GET /marketing
 * through MockMvc (server side: query, mapping, Thymeleaf) 20 times after 5 warm-ups and prints the
 * median and the worst. Opt-in: {@code -Dbench=true -Dtest=DashboardTiming}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DashboardTiming {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void dashboardOf500CampaignsWith20ActivitiesEach() throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> campaigns = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            campaigns.add(new Object[] {"Campaign " + i, Date.valueOf(LocalDate.of(2027, 1, 1).plusDays(i % 300)), now});
        }
        jdbc.batchUpdate("insert into marketing_campaign (version, name, market_country, product_hs, objectives, period_start, period_end,"
                + " owner, status, company_currency, created_by, created_at) values (0, ?, 'AU', '220421', 'x', ?, '2027-12-31',"
                + " 'coordinator', 'PLANNING', 'TWD', 'bench', ?)", campaigns);
        List<Long> ids = jdbc.queryForList("select id from marketing_campaign", Long.class);
        List<Object[]> activities = new ArrayList<>();
        List<Object[]> budgets = new ArrayList<>();
        for (long id : ids) {
            for (int a = 0; a < 20; a++) {
                activities.add(new Object[] {id, "Activity " + a, a % 3 == 0});
            }
            budgets.add(new Object[] {id, now});
        }
        jdbc.batchUpdate("insert into marketing_activity (version, campaign_id, kind, name, cost_amount, cost_currency, effort_days, chosen)"
                + " values (0, ?, 'TRADE_FAIR', ?, 1000, 'TWD', 1, ?)", activities);
        jdbc.batchUpdate("insert into marketing_budget (version, campaign_id, number, status, company_currency, contingency_percent,"
                + " lines_json, total_amount, created_by, created_at) values (0, ?, 1, 'APPROVED', 'TWD', 10, '[]', 123456.78, 'bench', ?)",
                budgets);
        long[] times = new long[25];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            mvc.perform(get("/marketing").param("lang", "zh-TW")).andExpect(status().isOk());
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] measured = Arrays.copyOfRange(times, 5, times.length);
        Arrays.sort(measured);
        System.out.printf("DASHBOARD 500x20: median %d ms, worst %d ms (warm-up %s)%n", measured[measured.length / 2],
                measured[measured.length - 1], Arrays.toString(Arrays.copyOf(times, 5)));
    }
}
