package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AuditBrowsingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void entries() {
        if (jdbc.queryForObject("select count(*) from audit_entry where subject_type = 'contact'", Long.class) > 0) {
            return;
        }
        insert("2026-11-01T09:00:00Z", "amy", "contact", "C-1", "CREATED", null, "{\"name\":\"Chen\",\"email\":\"a@x.tw\"}");
        insert("2026-11-10T09:00:00Z", "ben", "contact", "C-1", "CHANGED",
                "{\"name\":\"Chen\",\"email\":\"a@x.tw\"}", "{\"name\":\"Chen\",\"email\":\"b@x.tw\"}");
        insert("2026-11-20T09:00:00Z", "amy", "contact", "C-2", "ERASED", "{\"name\":\"Lee\"}", null);
        for (int i = 0; i < 30; i++) {
            insert("2026-10-01T00:00:00Z", "bulk", "calculation", "K-" + i, "APPROVED", null, null);
        }
    }

    private void insert(String at, String user, String type, String id, String action, String before, String after) {
        jdbc.update("insert into audit_entry (at_time, username, subject_type, subject_id, action, before_state, after_state)"
                + " values (cast(? as timestamp with time zone), ?, ?, ?, ?, ?, ?)", at, user, type, id, action, before, after);
    }

    @Test
    void apiFiltersBySubjectUserAndDateRangeNewestFirst() throws Exception {
        mvc.perform(get("/api/v1/audit").with(user("m").roles("MANAGER"))
                        .param("subjectType", "contact").param("subjectId", "C-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items[0].action").value("CHANGED"))
                .andExpect(jsonPath("$.items[1].action").value("CREATED"));
        mvc.perform(get("/api/v1/audit").with(user("m").roles("MANAGER"))
                        .param("user", "amy").param("from", "2026-11-15").param("to", "2026-11-20"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].subjectId").value("C-2"));
        // "to" is inclusive: an entry on 2026-11-10 09:00Z falls on the day 2026-11-10
        mvc.perform(get("/api/v1/audit").with(user("m").roles("MANAGER"))
                        .param("subjectType", "contact").param("from", "2026-11-10").param("to", "2026-11-10"))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void apiPagesAndCapsThePageSize() throws Exception {
        mvc.perform(get("/api/v1/audit").with(user("a").roles("ADMIN"))
                        .param("subjectType", "calculation").param("size", "20").param("page", "1"))
                .andExpect(jsonPath("$.totalElements").value(30))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(10));
        mvc.perform(get("/api/v1/audit").with(user("a").roles("ADMIN")).param("size", "5000"))
                .andExpect(jsonPath("$.size").value(100));
    }

    @Test
    void reversedDateRangeIsA400ProblemNamingTheDates() throws Exception {
        mvc.perform(get("/api/v1/audit").with(user("m").roles("MANAGER")).param("from", "2026-11-25").param("to", "2026-11-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("identity.audit.range-reversed"));
    }

    @Test
    void pageShowsChangesFieldByFieldInBothLanguages() throws Exception {
        String en = mvc.perform(get("/audit").param("lang", "en").with(user("m").roles("MANAGER"))
                        .param("subjectId", "C-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Changed").contains("Before").contains("a@x.tw").contains("b@x.tw")
                .contains("table-warning").contains("10 Nov 2026");
        String zh = mvc.perform(get("/audit").param("lang", "zh-TW").with(user("m").roles("MANAGER"))
                        .param("subjectId", "C-1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("修改").contains("變更前").contains("2026/11/10");
    }

    @Test
    void pagePagesThroughLongResults() throws Exception {
        String first = mvc.perform(get("/audit").param("lang", "en").with(user("m").roles("MANAGER"))
                        .param("subjectType", "calculation").param("size", "25"))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Page 1 of 2").contains("id=\"audit-next\"").doesNotContain("id=\"audit-prev\"");
    }

    @Test
    void coordinatorIsForbiddenFromTheAuditTrail() throws Exception {
        mvc.perform(get("/audit").with(user("c").roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403));
    }
}
