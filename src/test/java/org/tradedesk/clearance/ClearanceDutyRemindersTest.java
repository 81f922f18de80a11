package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clearance.domain.RestDays;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Acceptance review t4fixAD M3: the duty payment deadline (TW tw-pay, 關稅法 第43條: 14 days from the day after the duty
 * notice) and the window to dispute the assessment (TW 復查 tw-review, 關稅法 第45條: 30 days; AU au-protest, Customs Act 1901
 * s167: 7 days after payment) are reminded to the owner and put on the work queue, as the lodgement deadline is; the
 * window is not reminded while a dispute is open on the file (its own steps are). Before, only LODGE, DOCUMENTS, DISPUTE and
 * QUERY existed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClearanceDutyRemindersTest {

    @Autowired
    org.tradedesk.platform.MessageTexts texts;

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    ClearanceReminders reminders;
    @Autowired
    RestDays restDays;
    @Autowired
    Clock clock;
    @Autowired
    org.tradedesk.clearance.persistence.TransactionStore transactions;
    @Autowired
    ClearanceWorkQueue queue;

    long client(String owner) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(owner, "x", "ROLE_COORDINATOR"));
        try {
            return clients.create(new ClientDetails("Client of " + owner, ClientKind.IMPORTER, CountryCode.TW, null,
                    PreferredLanguage.ZH_TW, null, null, null)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    long file(String jurisdiction, String dates) throws Exception {
        String json = mvc.perform(post("/api/v1/clearance/transactions").with(user("duty.owner").roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"%s","mode":"SEA","incoterm":"CIF","reference":"DUTY-%d"%s}"""
                        .formatted(client("duty.owner"), jurisdiction, System.nanoTime() % 1_000_000_000L, dates)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    List<ClearanceReminders.Due> due(long id) {
        return reminders.due(List.of(transactions.find(id).orElseThrow()));
    }

    static int toAWorkingDay(RestDays restDays, Jurisdiction j, LocalDate today) {
        for (int k = 2; k >= 0; k--) {
            if (restDays.workingDay(j, today.plusDays(k))) {
                return k;
            }
        }
        throw new IllegalStateException("no working day from " + today);
    }

    /** Notice 12 days before a working day two days on (or fewer): 14 days from the day after end on it. */
    @Test
    void theTaiwanPaymentDeadlineIsRemindedUntilPaid() throws Exception {
        LocalDate today = FileTime.today(clock, Jurisdiction.TW);
        LocalDate lastDay = today.plusDays(toAWorkingDay(restDays, Jurisdiction.TW, today));
        long unpaid = file("TW", ",\"dutyNoticeDate\":\"" + lastDay.minusDays(14) + "\"");
        assertThat(due(unpaid)).filteredOn(d -> d.kind() == ClearanceReminders.Kind.PAYMENT).singleElement().satisfies(d -> {
            assertThat(d.dueOn()).isEqualTo(lastDay);
            assertThat(d.item()).isEqualTo("t" + unpaid + ":tw-pay");
            assertThat(d.what().code()).isEqualTo("clearance.reminder.payment.due");
            // the law in the reader's language, as every other reminder words it (re-check r-t4f: 關稅法 第43條 in English)
            assertThat(texts.render(d.what(), java.util.Locale.ENGLISH)).contains("Customs Act (關稅法) art 43").doesNotContain("第43條");
            assertThat(texts.render(d.what(), java.util.Locale.TAIWAN)).contains("關稅法 第43條");
        });
        // on the home work queue: the owner's, and the manager's (the team's)
        for (String[] who : new String[][] {{"duty.owner", "ROLE_COORDINATOR"}, {"duty.manager", "ROLE_MANAGER"}}) {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(who[0], "x", who[1]));
            try {
                assertThat(queue.workForCurrentUser()).as(who[0])
                        .filteredOn(w -> w.link().equals("/clearance/transactions/" + unpaid) && w.what().code().equals("clearance.reminder.payment.due"))
                        .singleElement().satisfies(w -> assertThat(w.due()).isEqualTo(lastDay));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        long paid = file("TW", ",\"dutyNoticeDate\":\"" + lastDay.minusDays(14) + "\",\"dutyPaidDate\":\"" + lastDay.minusDays(13) + "\"");
        assertThat(due(paid)).extracting(ClearanceReminders.Due::kind).doesNotContain(ClearanceReminders.Kind.PAYMENT);
    }

    /** Notice 30 days before the last day, duty paid: the 復查 window is reminded; with a dispute open it is not. */
    @Test
    void theTaiwanReviewWindowIsRemindedUnlessADisputeIsOpen() throws Exception {
        LocalDate today = FileTime.today(clock, Jurisdiction.TW);
        LocalDate lastDay = today.plusDays(toAWorkingDay(restDays, Jurisdiction.TW, today));
        String dates = ",\"dutyNoticeDate\":\"" + lastDay.minusDays(30) + "\",\"dutyPaidDate\":\"" + lastDay.minusDays(20) + "\"";
        long open = file("TW", dates);
        assertThat(due(open)).filteredOn(d -> d.kind() == ClearanceReminders.Kind.REVIEW).singleElement().satisfies(d -> {
            assertThat(d.dueOn()).isEqualTo(lastDay);
            assertThat(d.item()).isEqualTo("t" + open + ":tw-review");
            assertThat(d.link()).isEqualTo("/clearance/transactions/" + open + "/disputes/new");
        });
        long disputed = file("TW", dates);
        mvc.perform(post("/api/v1/clearance/transactions/" + disputed + "/disputes").with(user("duty.owner").roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"decisionKind":"RECLASSIFICATION","decisionReference":"AW/15/P","decisionSummary":"reclassified",
                         "noticeReceived":"%s","amount":1000.00,"currency":"TWD","clientNeeds":"refund"}""".formatted(lastDay.minusDays(30))))
                .andExpect(status().isCreated());
        assertThat(due(disputed)).extracting(ClearanceReminders.Due::kind).doesNotContain(ClearanceReminders.Kind.REVIEW)
                .contains(ClearanceReminders.Kind.DISPUTE);
        // a dispute decided (refused) goes on by its route: the window is not reminded again as if no 復查 had been filed
        long decided = file("TW", dates);
        String created = mvc.perform(post("/api/v1/clearance/transactions/" + decided + "/disputes").with(user("duty.owner").roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"decisionKind":"RECLASSIFICATION","decisionReference":"AW/15/Q","decisionSummary":"reclassified",
                         "noticeReceived":"%s","amount":1000.00,"currency":"TWD","clientNeeds":"refund"}""".formatted(lastDay.minusDays(30))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/clearance/transactions/" + decided + "/disputes/" + com.jayway.jsonpath.JsonPath.read(created, "$.id")
                        + "/outcome").with(user("duty.owner").roles("COORDINATOR")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":%d,"outcome":"REFUSED","decidedOn":"%s"}""".formatted(
                        ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.version")).intValue(), today)))
                .andExpect(status().isOk());
        assertThat(due(decided)).extracting(ClearanceReminders.Due::kind).doesNotContain(ClearanceReminders.Kind.REVIEW);
    }

    /** AU: duty paid 7 days before a working day two days on (or fewer): the protest window ends on it. */
    @Test
    void theAustralianProtestWindowIsReminded() throws Exception {
        LocalDate today = FileTime.today(clock, Jurisdiction.AU);
        LocalDate lastDay = today.plusDays(toAWorkingDay(restDays, Jurisdiction.AU, today));
        long au = file("AU", ",\"dutyNoticeDate\":\"" + lastDay.minusDays(8) + "\",\"dutyPaidDate\":\"" + lastDay.minusDays(7) + "\"");
        assertThat(due(au)).filteredOn(d -> d.kind() == ClearanceReminders.Kind.REVIEW).singleElement().satisfies(d -> {
            assertThat(d.dueOn()).isEqualTo(lastDay);
            assertThat(d.item()).isEqualTo("t" + au + ":au-protest");
        });
    }

    long version(String tx) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get(tx).with(user("duty.owner").roles("COORDINATOR"))).andReturn().getResponse()
                .getContentAsString(), "$.version")).longValue();
    }

    /**
     * A closed file takes no dispute (409 clearance.transaction.closed), so closing while the 復查 window runs and no dispute
     * was opened is refused unless a reason is given (the client does not dispute), which the history records; closing
     * once the window has passed needs none. Before, the file closed silently and the right to 復查 could no longer be
     * worked on it.
     */
    @Test
    void closingWhileTheReviewWindowRunsNeedsTheReason() throws Exception {
        LocalDate today = FileTime.today(clock, Jurisdiction.TW);
        String tx = "/api/v1/clearance/transactions/" + file("TW", ",\"dutyNoticeDate\":\"" + today.minusDays(5)
                + "\",\"dutyPaidDate\":\"" + today.minusDays(4) + "\"");
        mvc.perform(post(tx + "/status").with(user("duty.owner").roles("COORDINATOR")).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{\"status\":\"CLOSED\",\"version\":" + version(tx) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.transaction.close-dispute-window"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("復查")));
        mvc.perform(post(tx + "/status").with(user("duty.owner").roles("COORDINATOR")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CLOSED\",\"version\":" + version(tx) + ",\"reason\":\"委託人確認不申請復查\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        String history = mvc.perform(get(tx + "/history").with(user("duty.owner").roles("COORDINATOR")).header("Accept-Language", "zh-TW"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(history).contains("委託人確認不申請復查").contains("clearance.history.closed-in-dispute-window");

        // the window has passed (notice 40 days ago): nothing holds the file
        String passed = "/api/v1/clearance/transactions/" + file("TW", ",\"dutyNoticeDate\":\"" + today.minusDays(40)
                + "\",\"dutyPaidDate\":\"" + today.minusDays(39) + "\"");
        mvc.perform(post(passed + "/status").with(user("duty.owner").roles("COORDINATOR")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CLOSED\",\"version\":" + version(passed) + "}"))
                .andExpect(status().isOk());
    }
}
