package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * Issue 8: "Findings feed the issue register." One click on a finding opens its issue pre-filled from it (the explanation
 * in the reader's language, implications from severity and rule, the rule's regulation, the risk suggested from the
 * severity), linked by the finding's key: the findings list links the issue and a second click opens none; once the file is
 * fixed and the finding gone, the issue says the finding was resolved, and on which day.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceIssueFromFindingTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    Clock clock;

    long id;
    String base;

    /** A sea import into Taiwan with its invoice and no bill of lading: the ERROR finding doc.bill-of-lading (關稅法). */
    @BeforeEach
    void fileWithoutBillOfLading() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("寶島食品有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        ClearanceFiles files = new ClearanceFiles(mvc);
        id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"KHH-0188",
                 "arrivalDate":"2026-03-02"}""".formatted(clientId));
        files.invoice(id, """
                {"invoiceNumber":"INV-8","issueDate":"2026-02-10","currency":"AUD","incoterm":"CIF","sellerName":"Barossa Wines",
                 "sellerCountry":"AU","totalAmount":1000,"lines":[
                  {"description":"Shiraz 750 ml","tariffCode":"2204.21.00","originCountry":"AU","quantity":600,"unitCode":"BO","amount":1000}]}""");
        base = ClearanceFiles.base(id);
    }

    String keyOf(String rule) throws Exception {
        String findings = mvc.perform(get(base + "/findings")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> keys = JsonPath.read(findings, "$[?(@.rule == '" + rule + "')].key");
        assertThat(keys).hasSize(1);
        return keys.get(0);
    }

    static String body(String key) {
        return "{\"findingKey\":\"" + key.replace("\"", "\\\"") + "\"}";
    }

    @Test
    void anIssueOpensFromAFindingOnceAndSaysWhenTheFindingWasResolved() throws Exception {
        String key = keyOf("doc.bill-of-lading");
        assertThat(key).startsWith("doc.bill-of-lading|");

        // ERROR: the risk suggested 4 × 4 = 16 (HIGH); the description is the finding's explanation in the reader's language
        String raised = mvc.perform(post(base + "/issues/from-finding").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(body(key)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.description").value("Missing: Bill of lading."))
                .andExpect(jsonPath("$.implications").value(containsString("Error under the rule “Bill of lading on file”: the file cannot be declared")))
                .andExpect(jsonPath("$.implications").value(containsString("關稅法")))
                .andExpect(jsonPath("$.risk.likelihood").value(4))
                .andExpect(jsonPath("$.risk.impact").value(4))
                .andExpect(jsonPath("$.risk.score").value(16))
                .andExpect(jsonPath("$.owner").value("coordinator"))
                .andExpect(jsonPath("$.finding.key").value(key))
                .andExpect(jsonPath("$.finding.rule").value("doc.bill-of-lading"))
                .andExpect(jsonPath("$.finding.severity").value("ERROR"))
                .andExpect(jsonPath("$.finding.regulation").value(containsString("關稅法")))
                .andExpect(jsonPath("$.finding.resolved").value(false))
                .andReturn().getResponse().getContentAsString();
        long issueId = ((Number) JsonPath.read(raised, "$.id")).longValue();
        // stored as a code with arguments: the same issue reads in Chinese to a Chinese reader
        mvc.perform(get(base + "/issues/" + issueId).header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$.description").value("缺少提單。"))
                .andExpect(jsonPath("$.implications").value(containsString("規則「已附海運提單」之錯誤")));

        // the findings list links the issue; a second click opens none: 409 naming and linking the first
        mvc.perform(get(base + "/findings"))
                .andExpect(jsonPath("$[?(@.rule == 'doc.bill-of-lading')].issueId").value(org.hamcrest.Matchers.contains((int) issueId)))
                .andExpect(jsonPath("$[?(@.rule == 'doc.packing-list')].issueId").value(org.hamcrest.Matchers.contains((Object) null)));
        mvc.perform(post(base + "/issues/from-finding").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body(key)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.issue.finding-has-issue"))
                .andExpect(jsonPath("$.existingIssueId").value(issueId))
                .andExpect(header().string("Location", base + "/issues/" + issueId));
        mvc.perform(get(base + "/issues")).andExpect(jsonPath("$.length()").value(1));

        // the history says who opened which issue from which finding
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].what.code").value("clearance.history.issue-from-finding"))
                .andExpect(jsonPath("$[0].what.text").value(containsString("opened from the finding of the rule “Bill of lading on file”: Missing: Bill of lading.")));

        // the bill of lading arrives: the finding is gone and the issue says it was resolved, on the day of that change
        new ClearanceFiles(mvc).transportDocument(id, "BILL_OF_LADING", "bl-" + id + ".txt", "B/L EGLV0188");
        LocalDate today = clock.instant().atZone(ZoneId.of("Asia/Taipei")).toLocalDate();
        mvc.perform(get(base + "/issues/" + issueId).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.finding.resolved").value(true))
                .andExpect(jsonPath("$.finding.resolvedOn").value(today.toString()))
                .andExpect(jsonPath("$.finding.resolvedText").value(containsString("Finding resolved on ")))
                // the explanation stays what it was
                .andExpect(jsonPath("$.description").value("Missing: Bill of lading."));
        // review R8: the day is recorded the first time the resolution is seen, and a later edit does not move it
        org.springframework.jdbc.core.JdbcTemplate jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select finding_resolved_on from clearance_issue where id = ?", LocalDate.class, issueId))
                .isEqualTo(today);
        jdbc.update("update clearance_issue set finding_resolved_on = ? where id = ?", today.minusDays(3), issueId);
        new ClearanceFiles(mvc).transportDocument(id, "PACKING_LIST", "pl-" + id + ".txt", "Packing list 12 cartons");
        mvc.perform(get(base + "/issues/" + issueId)).andExpect(jsonPath("$.finding.resolvedOn").value(today.minusDays(3).toString()));
        // and a finding that no longer stands opens no issue
        mvc.perform(post(base + "/issues/from-finding").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body(key)))
                .andExpect(status().isConflict());
    }

    @Test
    void badInputIsRefusedAt400AndAnotherCoordinatorCannotOpenOne() throws Exception {
        mvc.perform(post(base + "/issues/from-finding").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body("doc.nothing||")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.issue.finding-unknown"))
                .andExpect(jsonPath("$.errors[0].field").value("findingKey"));
        mvc.perform(post(base + "/issues/from-finding").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("findingKey"));
        String key = keyOf("doc.packing-list");
        mvc.perform(post(base + "/issues/from-finding").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"findingKey\":\"" + key + "\",\"likelihood\":9}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("likelihood"));
        // a coordinator not assigned to the client neither opens an issue nor learns the file exists (404 as a missing id)
        mvc.perform(post(base + "/issues/from-finding").with(user("ben").roles("COORDINATOR")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(key)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("clearance.transaction.not-found"));
        // nothing was written
        mvc.perform(get(base + "/issues")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void onTheFilesPageOneClickOpensTheIssueAndTheFindingThenLinksIt() throws Exception {
        String key = keyOf("doc.packing-list");
        String page = "/clearance/transactions/" + id;
        assertThat(mvc.perform(get(page).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString())
                .contains("class=\"finding-issue-form\"", "Open an issue");
        // without the CSRF token the form is refused
        mvc.perform(post(page + "/issues/from-finding").param("findingKey", key)).andExpect(status().isForbidden());
        String location = mvc.perform(post(page + "/issues/from-finding").with(csrf()).param("findingKey", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(page + "#issue-");
        String issueId = location.substring(location.indexOf("#issue-") + 7);
        String html = mvc.perform(get(page).header("Accept-Language", "zh-TW")).andReturn().getResponse().getContentAsString();
        // WARNING: risk 3 × 3; the description in Chinese; the finding links its issue
        assertThat(html).contains("href=\"#issue-" + issueId + "\"", "問題 " + issueId, "缺少裝箱單。", "檢查結果仍存在");
        // a second click goes to the issue there, opening none
        mvc.perform(post(page + "/issues/from-finding").with(csrf()).param("findingKey", key))
                .andExpect(redirectedUrl(page + "#issue-" + issueId));
        mvc.perform(get(base + "/issues")).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].risk.score").value(9));
        // a finding that does not stand: the page again with the refusal, 422
        assertThat(mvc.perform(post(page + "/issues/from-finding").with(csrf()).param("findingKey", "doc.nothing||")
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
                .contains("No finding doc.nothing|| stands on the file now");
    }
}
