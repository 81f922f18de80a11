package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clearance.persistence.ReminderStore;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.TestSmtp;

/**
 * The reminder job mails a file's owner, in the owner's language, over SMTP to a real in-process server: the Taiwan
 * lodgement deadline (15 days from the day after arrival, 關稅法 第16條), a dispute's 復查 deadline (30 days from the day
 * after the duty notice, 第45條) and a client query unanswered for more than 3 days. A second run sends nothing; an
 * owner without an address gets nothing and the file's history says so; two claims of one reminder: one wins.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClearanceRemindersTest {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, PORT);
    }

    @Autowired
    org.tradedesk.clearance.domain.RestDays restDays;

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClearanceReminders reminders;
    @Autowired
    ReminderStore store;
    @Autowired
    Clock clock;
    @Autowired
    org.tradedesk.clearance.persistence.TransactionStore transactions;

    static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    void userWith(String username, String email, String language) {
        jdbc.update("insert into user_account (username, password_hash, display_name, roles, preferred_language, email)"
                + " values (?, '{noop}x', ?, 'COORDINATOR', ?, ?)", username, "Owner " + username, language, email);
    }

    long clientOf(String owner) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(owner, "x", "ROLE_COORDINATOR"));
        try {
            return clients.create(new ClientDetails("Client of " + owner, ClientKind.IMPORTER, CountryCode.TW, null,
                    PreferredLanguage.ZH_TW, null, null, null)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    long file(String owner, long clientId, String reference, LocalDate arrival) throws Exception {
        String json = mvc.perform(post("/api/v1/clearance/transactions").with(user(owner).roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"%s"%s}"""
                        .formatted(clientId, reference, arrival == null ? "" : ",\"arrivalDate\":\"" + arrival + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void dueItemsAreMailedOnceToTheOwnerInTheOwnersLanguage() throws Exception {
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        userWith("rem.zh", "rem.zh@example.com", "zh-TW");
        userWith("rem.en", "rem.en@example.com", "en");
        userWith("rem.none", null, "en");

        // arrival 13 days ago: the 15 days run from the day after, so the last day is in 2 days (within 3)
        int due = org.tradedesk.clearance.WorkingDays.toATaiwanWorkingDay(restDays, today);
        long zhFile = file("rem.zh", clientOf("rem.zh"), "KHH-R1", today.plusDays(due).minusDays(15));
        // arrival 5 days ago: last day in 10 days, not yet reminded
        long notYet = file("rem.zh", clientOf("rem.zh"), "KHH-R2", today.minusDays(5));
        long enClient = clientOf("rem.en");
        long enFile = file("rem.en", enClient, "KHH-R3", null);
        long noneFile = file("rem.none", clientOf("rem.none"), "KHH-R4", today.minusDays(20));

        // a dispute on the English owner's file: duty notice 28 days ago, 復查 within 30 days → last day in 2 days
        String dispute = mvc.perform(post("/api/v1/clearance/transactions/" + enFile + "/disputes").with(user("rem.en").roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"decisionKind":"RECLASSIFICATION","decisionReference":"AW/15/R","decisionSummary":"reclassified",
                         "noticeReceived":"%s","amount":1000.00,"currency":"TWD","clientNeeds":"refund"}""".formatted(today.plusDays(due).minusDays(30))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long disputeId = ((Number) JsonPath.read(dispute, "$.id")).longValue();
        // a query to the client sent 5 days ago with nothing received since
        long contact = contactOf("rem.en", enClient);
        Instant sentAt = Instant.now(clock).minus(Duration.ofDays(5));
        jdbc.update("insert into clearance_query (transaction_id, contact_id, contact_name, contact_email, item_count, items, sent_by, sent_at)"
                + " values (?, ?, 'Jane Lee', 'jane@example.com', 1, 'doc.bill-of-lading', 'rem.en', ?)", enFile, contact, Timestamp.from(sentAt));
        greenMail.reset();

        ClearanceReminders.RunResult first = reminders.run();

        MimeMessage[] mails = greenMail.getReceivedMessages();
        List<MimeMessage> toZh = to(mails, "rem.zh@example.com");
        List<MimeMessage> toEn = to(mails, "rem.en@example.com");
        // the owners' mails; the lodgement of rem.none's file has passed, so the managers (other tests' too) are told as well
        assertThat(toZh.size() + toEn.size()).isEqualTo(3);
        assertThat(first.sent()).isEqualTo(mails.length);

        LocalDate lodgeBy = today.plusDays(due);
        assertThat(toZh).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("提醒（案件 KHH-R1）：請於 " + ZH.format(lodgeBy) + " 前申報進口（關稅法 第16條）。");
            assertThat(m.getContent().toString()).contains("Owner rem.zh 您好：", "/clearance/transactions/" + zhFile + "/declaration",
                    "同一事項與日期的提醒只寄一次。");
        });
        LocalDate reviewBy = today.plusDays(due);
        assertThat(toEn).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                // issue 8: the file by its reference, the dispute by its decision — not "#12", "Dispute 4"
                "Reminder (file KHH-R3): Dispute Reclassification (AW/15/R): Administrative review (復查) by customs is due by "
                        + EN.format(reviewBy) + ".",
                "Reminder (file KHH-R3): The query sent to Jane Lee on "
                        + EN.format(org.tradedesk.clearance.FileTime.date(sentAt, org.tradedesk.tariff.Jurisdiction.TW)) + " is still unanswered.");
        assertThat(toEn.get(0).getContent().toString()).startsWith("Dear Owner rem.en,").doesNotContain("您好");

        // the owner without an address: nothing mailed, the file's history and the claim say why
        String history = mvc.perform(get("/api/v1/clearance/transactions/" + noneFile + "/history").header("Accept-Language", "en")
                        .with(user("rem.none").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("clearance.history.reminder-not-sent")
                .contains("Reminder for rem.none not sent (the user has no e-mail address)");
        assertThat(store.of(noneFile, 50)).filteredOn(r -> r.username().equals("rem.none")).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("LODGE");
            assertThat(r.item()).endsWith("/OVERDUE/rem.none");
            assertThat(r.outcome()).isEqualTo("NO_ADDRESS");
        });
        String sentHistory = mvc.perform(get("/api/v1/clearance/transactions/" + zhFile + "/history").header("Accept-Language", "zh-TW")
                        .with(user("rem.zh").roles("COORDINATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(sentHistory).contains("已寄提醒給 rem.zh：請於 " + ZH.format(lodgeBy) + " 前申報進口");
        assertThat(store.of(notYet, 5)).isEmpty();

        // a second run: everything is claimed, nothing is sent again
        ClearanceReminders.RunResult second = reminders.run();
        assertThat(second.sent()).isZero();
        assertThat(second.notSent()).isZero();
        assertThat(second.alreadyClaimed()).isEqualTo(first.alreadyClaimed() + first.sent() + first.notSent());
        assertThat(greenMail.getReceivedMessages()).hasSize(mails.length);

        // the client answers (a document uploaded after the query): the query is no longer awaited
        ClearanceTransaction en = transactions.find(enFile).orElseThrow();
        assertThat(reminders.due(List.of(en))).extracting(ClearanceReminders.Due::kind)
                .contains(ClearanceReminders.Kind.QUERY);
        mvc.perform(post("/api/v1/clearance/transactions/" + enFile + "/documents/invoice").with(user("rem.en").roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"invoiceNumber":"INV-9","issueDate":"2026-02-10","currency":"TWD","incoterm":"CIF","sellerName":"S",
                         "sellerCountry":"AU","totalAmount":10,"lines":[
                          {"description":"Tea","tariffCode":"0902.30.00.00.0","originCountry":"AU","quantity":1,"unitCode":"KGM","amount":10}]}"""))
                .andExpect(status().isCreated());
        // t4fixT 2: an invoice does not answer the bill of lading asked for: still awaited until the item is answered
        assertThat(reminders.due(List.of(en))).extracting(ClearanceReminders.Due::kind).contains(ClearanceReminders.Kind.QUERY);
        Long query = jdbc.queryForObject("select id from clearance_query where transaction_id = ?", Long.class, enFile);
        jdbc.update("insert into clearance_query_answer (query_id, item, how, document_id, note, answered_by, answered_at)"
                + " values (?, 'doc.bill-of-lading', 'ANSWER', null, 'sent by courier', 'rem.en', ?)", query, Timestamp.from(sentAt.plusSeconds(60)));
        assertThat(reminders.due(List.of(en))).extracting(ClearanceReminders.Due::kind)
                .containsExactly(ClearanceReminders.Kind.DISPUTE);
    }

    /**
     * Issue 8: the reminder goes to the file's owner — the user assigned to its client, not the one who opened it — in the
     * owner's language; a passed deadline is told to the managers once, each in their language; a second run sends nothing.
     */
    @Test
    void anOverdueDeadlineGoesToTheAssigneeAndOnceToTheManagers() throws Exception {
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        userWith("rem.opener", "opener@example.com", "en");
        userWith("rem.assignee", "assignee@example.com", "zh-TW");
        jdbc.update("insert into user_account (username, password_hash, display_name, roles, preferred_language, email)"
                + " values ('rem.boss', '{noop}x', 'Boss', 'MANAGER', 'en', 'boss@example.com')");
        long client = clientOf("rem.opener");
        // arrival 25 days ago: the lodgement's last day has passed; then a manager gives the client to rem.assignee
        long file = file("rem.opener", client, "KHH-OVER", today.minusDays(25));
        jdbc.update("delete from client_assignment where client_id = ?", client);
        jdbc.update("insert into client_assignment (client_id, username, assigned_by, assigned_at) values (?, 'rem.assignee', 'rem.boss', ?)",
                client, Timestamp.from(Instant.now(clock)));
        greenMail.reset();

        reminders.run();

        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertThat(to(mails, "opener@example.com")).isEmpty();
        assertThat(to(mails, "assignee@example.com")).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("提醒（案件 KHH-OVER）：");
            assertThat(m.getContent().toString()).contains("Owner rem.assignee 您好：");
        });
        assertThat(to(mails, "boss@example.com")).filteredOn(m -> subject(m).contains("KHH-OVER") && !subject(m).contains("#" + file)).singleElement()
                .satisfies(m -> {
                    assertThat(m.getSubject()).startsWith("Reminder (file KHH-OVER): ");
                    assertThat(m.getContent().toString()).startsWith("Dear Boss,").contains("(owner: rem.assignee)")
                            .doesNotContain("您好");
                });
        int before = greenMail.getReceivedMessages().length;
        reminders.run();
        assertThat(greenMail.getReceivedMessages()).hasSize(before);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void ofTwoConcurrentClaimsOfOneReminderExactlyOneWins() throws Exception {
        userWith("rem.race", "race@example.com", "en");
        long fileId = file("rem.race", clientOf("rem.race"), "RACE", null);
        LocalDate due = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String instance = "instance-" + i;
                Callable<Boolean> claim = () -> {
                    start.await();
                    return store.claim("LODGE", "t" + fileId + ":race", due, fileId, "rem.race", instance, Instant.now());
                };
                results.add(pool.submit(claim));
            }
            long winners = 0;
            for (Future<Boolean> f : results) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from clearance_reminder where item = ?", Integer.class, "t" + fileId + ":race"))
                .isEqualTo(1);
        // another due day of the same item is another reminder
        assertThat(store.claim("LODGE", "t" + fileId + ":race", due.plusDays(1), fileId, "rem.race", "i", Instant.now())).isTrue();
    }

    long contactOf(String owner, long clientId) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(owner, "x", "ROLE_COORDINATOR"));
        try {
            return clients.addContact(new ClientId(clientId), new ContactDetails("Jane Lee", "jane@example.com", null, null,
                    PreferredLanguage.EN)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static List<MimeMessage> to(MimeMessage[] mails, String address) {
        return Arrays.stream(mails).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

}
