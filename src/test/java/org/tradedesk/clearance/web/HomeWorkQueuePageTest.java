package org.tradedesk.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * The home page is the signed-in user's work queue: the answer awaited from the client (from whom, since when), the
 * Taiwan lodgement deadline coming (15 days from the day after arrival), the file blocked by ERROR findings — each
 * linking to the page where it is done, in both languages — only for the files the user works; nothing due says so.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class HomeWorkQueuePageTest {

    @Autowired
    org.tradedesk.clearance.domain.RestDays restDays;

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    org.tradedesk.clearance.ClearanceReminders reminders;

    void userWith(String username, String email) {
        jdbc.update("insert into user_account (username, password_hash, display_name, roles, preferred_language, email)"
                + " values (?, '{noop}x', ?, 'COORDINATOR', 'zh-TW', ?)", username, username, email);
    }

    @Test
    void theQueueShowsTheUsersWorkWithLinksInBothLanguagesAndNothingDueSaysSo() throws Exception {
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        userWith("home.coord", "home.coord@example.com");
        userWith("home.other", "home.other@example.com");
        userWith("home.nomail", null);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("home.coord", "x", "ROLE_COORDINATOR"));
        long clientId;
        try {
            clientId = clients.create(new ClientDetails("Queue Client", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                    null, null, null)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
        // arrival 13 days ago: lodge within 15 days from the day after → last day in 2 days; no B/L yet → an ERROR finding
        String json = mvc.perform(post("/api/v1/clearance/transactions").with(user("home.coord").roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"Q-HOME-1",
                         "arrivalDate":"%s"}""".formatted(clientId, today.plusDays(org.tradedesk.clearance.WorkingDays.toATaiwanWorkingDay(restDays, today)).minusDays(15))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long file = ((Number) JsonPath.read(json, "$.id")).longValue();
        Instant sentAt = Instant.now(clock).minus(Duration.ofDays(2));
        jdbc.update("insert into clearance_query (transaction_id, contact_id, contact_name, contact_email, item_count, items, sent_by, sent_at)"
                + " values (?, 1, 'Jane Lee', 'jane@example.com', 1, 'doc.bill-of-lading', 'home.coord', ?)", file, Timestamp.from(sentAt));
        LocalDate lodgeBy = today.plusDays(org.tradedesk.clearance.WorkingDays.toATaiwanWorkingDay(restDays, today));
        LocalDate sentOn = org.tradedesk.clearance.FileTime.date(sentAt, org.tradedesk.tariff.Jurisdiction.TW);
        // the declaration: an older draft superseded, the newest sent to the client for confirmation yesterday
        Instant declarationSent = Instant.now(clock).minus(Duration.ofDays(1));
        String declaration = "insert into clearance_declaration (transaction_id, revision, message_version, function_code, status,"
                + " message_format, message_id, declaration_json, created_by, created_at, sent_to, sent_at)"
                + " values (?, ?, 1, '9', ?, 'TW_XML', ?, '{\"version\":1}', 'home.coord', ?, ?, ?)"; // the smallest message the store reads back
        jdbc.update(declaration, file, 1, "SUPERSEDED", "TD" + file + "R1", Timestamp.from(declarationSent), null, null);
        jdbc.update(declaration, file, 2, "SENT", "TD" + file + "R2", Timestamp.from(declarationSent), "jane@example.com",
                Timestamp.from(declarationSent));
        LocalDate declarationSentOn = org.tradedesk.clearance.FileTime.date(declarationSent, org.tradedesk.tariff.Jurisdiction.TW);

        String en = mvc.perform(get("/").param("lang", "en").with(user("home.coord").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        DateTimeFormatter enDate = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        assertThat(en).contains("Your work").doesNotContain("id=\"work-queue-empty\"")
                .contains("href=\"/clearance/transactions/" + file + "\">Answer awaited from Jane Lee since " + enDate.format(sentOn) + "</a>")
                .contains("href=\"/clearance/transactions/" + file + "/declaration\">Lodge the import declaration by "
                        + enDate.format(lodgeBy) + " (Customs Act (關稅法) art 16).</a>")
                .contains("errors in the document checks block the lodgement</a>")
                // issue 8: the file by its reference and client, not "#<id>"
                .contains("Q-HOME-1 · Queue Client").doesNotContain("#" + file + " ")
                .contains("due " + enDate.format(lodgeBy))
                .contains("href=\"/clearance/transactions/" + file + "/declaration\">Declaration sent to jane@example.com on "
                        + enDate.format(declarationSentOn) + ": awaiting the client&#39;s confirmation</a>");
        String zh = mvc.perform(get("/").param("lang", "zh-TW").with(user("home.coord").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        DateTimeFormatter zhDate = DateTimeFormatter.ofPattern("yyyy/MM/dd");
        assertThat(zh).contains("待辦工作").contains("等待 Jane Lee 回覆，自 " + zhDate.format(sentOn) + " 起")
                .contains("請於 " + zhDate.format(lodgeBy) + " 前申報進口（關稅法 第16條）。").contains("無法申報")
                .contains("報單已於 " + zhDate.format(declarationSentOn) + " 寄給 jane@example.com：等待客戶確認");

        // another coordinator does not work this client: nothing due for them, said in both languages
        String other = mvc.perform(get("/").param("lang", "en").with(user("home.other").roles("COORDINATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(other).contains("id=\"work-queue-empty\"").contains("Nothing is due").doesNotContain("Q-HOME-1");
        String otherZh = mvc.perform(get("/").param("lang", "zh-TW").with(user("home.other").roles("COORDINATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(otherZh).contains("目前沒有待辦");
        // a user without an address is asked for one, linking to their account page
        String noMail = mvc.perform(get("/").param("lang", "en").with(user("home.nomail").roles("COORDINATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(noMail).contains("href=\"/account\">Give your e-mail address");

        // t4fixT 2: an unrelated upload (junk.bin filed as Other) answers nothing: the answer is still awaited
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/clearance/transactions/" + file + "/documents")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "junk.bin", "application/octet-stream", new byte[] {1, 2, 3}))
                        .param("type", "OTHER").with(user("home.coord").roles("COORDINATOR")))
                .andExpect(status().isCreated());
        assertThat(mvc.perform(get("/").param("lang", "en").with(user("home.coord").roles("COORDINATOR"))).andReturn().getResponse()
                .getContentAsString()).contains("Answer awaited from Jane Lee since");
        // every item it asked answered: no longer awaited
        Long query = jdbc.queryForObject("select id from clearance_query where transaction_id = ?", Long.class, file);
        jdbc.update("insert into clearance_query_answer (query_id, item, how, document_id, note, answered_by, answered_at)"
                + " values (?, 'doc.bill-of-lading', 'ANSWER', null, 'sent by courier', 'home.coord', ?)", query, Timestamp.from(Instant.now(clock)));
        assertThat(mvc.perform(get("/").param("lang", "en").with(user("home.coord").roles("COORDINATOR"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Answer awaited from Jane Lee since");
    }

    /** This context has no mail server: the reminder job does not fail, it records the reminder as not sent, visibly. */
    @Test
    void withoutAMailServerTheReminderIsRecordedAsNotSentAndTheJobGoesOn() throws Exception {
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        userWith("nomail.owner", "nomail.owner@example.com");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("nomail.owner", "x", "ROLE_COORDINATOR"));
        long clientId;
        try {
            clientId = clients.create(new ClientDetails("No Mail Client", ClientKind.IMPORTER, CountryCode.TW, null,
                    PreferredLanguage.ZH_TW, null, null, null)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
        String json = mvc.perform(post("/api/v1/clearance/transactions").with(user("nomail.owner").roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","reference":"NO-MAIL",
                         "arrivalDate":"%s"}""".formatted(clientId, today.minusDays(40))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long file = ((Number) JsonPath.read(json, "$.id")).longValue();

        org.tradedesk.clearance.ClearanceReminders.RunResult run = reminders.run();

        assertThat(run.sent()).isZero();
        assertThat(run.notSent()).isGreaterThanOrEqualTo(1);
        String history = mvc.perform(get("/api/v1/clearance/transactions/" + file + "/history").header("Accept-Language", "zh-TW")
                        .with(user("nomail.owner").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // arrival 40 days ago: the 15-day period has ended whatever rest days it rolled over (16 days ago, a period ending
        // on a Saturday rolled to Monday and was not yet overdue) — the overdue text, not sent for want of a mail server
        assertThat(history).contains("給 nomail.owner 的提醒未寄出（未設定郵件伺服器）：進口報單應於");
    }

    /**
     * Acceptance review of issue 8: a stored declaration whose JSON cannot be read (written by hand here) made the work queue
     * provider fail, and with it the whole home page. Now that file is flagged in the reader's language (and logged), and
     * the user's other file still shows its work.
     */
    @Test
    void anUnreadableStoredDeclarationFlagsItsFileAndTheHomePageStillShows(CapturedOutput output) throws Exception {
        LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        userWith("broken.coord", "broken.coord@example.com");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("broken.coord", "x", "ROLE_COORDINATOR"));
        long clientId;
        try {
            clientId = clients.create(new ClientDetails("Broken Row Client", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                    null, null, null)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
        long[] files = new long[2];
        for (int i = 0; i < 2; i++) {
            // a sea import without its B/L: ERROR findings, so the checks run for the queue
            String json = mvc.perform(post("/api/v1/clearance/transactions").with(user("broken.coord").roles("COORDINATOR"))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                            {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"Q-BROKEN-%d",
                             "arrivalDate":"%s"}""".formatted(clientId, i, today.minusDays(2))))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            files[i] = ((Number) JsonPath.read(json, "$.id")).longValue();
        }
        long broken = files[0];
        jdbc.update("insert into clearance_declaration (transaction_id, revision, message_version, function_code, status,"
                + " message_format, message_id, declaration_json, created_by, created_at) values (?, 1, 1, '9', 'DRAFT', 'TW_XML', ?,"
                + " '{\"version\":1,\"items\":[{\"sequence\":', 'broken.coord', ?)", broken, "TD" + broken + "R1",
                Timestamp.from(Instant.now(clock)));

        String en = mvc.perform(get("/").param("lang", "en").with(user("broken.coord").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Your work")
                .contains("href=\"/clearance/transactions/" + broken + "\">A stored declaration of this file cannot be read")
                .contains("Q-BROKEN-0 · Broken Row Client").doesNotContain("#" + broken + " ")
                .contains("Q-BROKEN-1 · Broken Row Client").doesNotContain("#" + files[1] + " ")
                .containsPattern("href=\"/clearance/transactions/" + files[1] + "\">\\d+ errors in the document checks block the lodgement</a>");
        String zh = mvc.perform(get("/").param("lang", "zh-TW").with(user("broken.coord").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("本案件有一份已存報單無法讀取，文件檢查未能執行。").containsPattern("文件檢查有 \\d+ 項錯誤，無法申報");
        assertThat(output.getOut() + output.getErr()).contains("the checks of transaction " + broken + " cannot run");
    }
}
