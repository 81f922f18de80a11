package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.PostgresTest;
import org.tradedesk.support.TestSmtp;

/**
 * Code read after T4 (t4fixR 4), on a real PostgreSQL where several instances share the file's row:
 * <ul>
 *   <li>the declaration's mail goes after the send is committed (R4); when the SMTP server is gone then, the draft is put
 *       back as it was before the send — on disk, not only in the answer — and the file's history says the mail did not go;</li>
 *   <li>send and confirm take the file's claim before they read (R3): a confirmation and a send of one draft at the same
 *       time, with real threads, the first holding the file's row — the other waits, then loses with 409
 *       {@code error.stale-edit} (never a 500), and only a send that won sends a mail.</li>
 * </ul>
 */
@PostgresTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceSendRaceOnPostgresTest {

    static final int SMTP = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, SMTP);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    ClientDirectory clients;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        Mockito.reset(clients);
    }

    record Draft(long file, long declaration, long contact, String code) {
    }

    /** A Taiwan air import with its declaration draft built, and the client's contact to send it to. */
    private Draft draft(String reference, String invoice) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("並行報關有限公司 " + reference, ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        long contact = clients.addContact(new ClientId(clientId), new ContactDetails("林美華", "mei.lin@example.com.tw", null, null,
                PreferredLanguage.ZH_TW)).id();
        SecurityContextHolder.clearContext();
        ClearanceFiles files = new ClearanceFiles(mvc);
        long id = files.taiwanAirImport(clientId, reference, invoice);
        files.documentsComplete(id);
        String json = mvc.perform(post(ClearanceFiles.base(id) + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                 "items":[{"line":1,"duty":"0%"}]}""")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Draft(id, ((Number) JsonPath.read(json, "$.id")).longValue(), contact,
                JsonPath.read(json, "$.sha256").toString().substring(0, 12));
    }

    private MockHttpServletResponse send(Draft d) throws Exception {
        return mvc.perform(post(ClearanceFiles.base(d.file()) + "/declarations/" + d.declaration() + "/send")
                .with(user("coordinator").roles("COORDINATOR")).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + d.contact() + "}")).andReturn().getResponse();
    }

    private MockHttpServletResponse confirm(Draft d) throws Exception {
        return mvc.perform(post(ClearanceFiles.base(d.file()) + "/declarations/" + d.declaration() + "/confirmation")
                .with(user("coordinator").roles("COORDINATOR")).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + d.contact() + ",\"code\":\"" + d.code() + "\"}")).andReturn().getResponse();
    }

    private Map<String, Object> stored(Draft d) {
        return jdbc.queryForMap("select status, sent_to, sent_at from clearance_declaration where id = ?", d.declaration());
    }

    private List<String> history(Draft d) {
        return jdbc.queryForList("select code from clearance_history where transaction_id = ? order by id desc", String.class, d.file());
    }

    @Test
    void aMailTheServerCannotTakeAfterTheCommitPutsTheDraftBackOnDiskWithAHistoryLine() throws Exception {
        Draft d = draft("AA15AB12345694", "SA-R4-MAIL");
        assertThat(stored(d).get("status")).isEqualTo("DRAFT");
        int before = history(d).size();
        greenMail.stop(); // the server closes: the mail, sent once the send is committed, cannot go

        MockHttpServletResponse answer = send(d);

        assertThat(answer.getStatus()).as(answer.getContentAsString()).isNotEqualTo(200).isLessThan(500);
        assertThat(answer.getContentAsString()).contains("clients.mail.not-sent").doesNotContain("error.internal");
        Map<String, Object> row = stored(d);
        assertThat(row.get("status")).isEqualTo("DRAFT");
        assertThat(row.get("sent_to")).isNull();
        assertThat(row.get("sent_at")).isNull();
        List<String> lines = history(d);
        // the send's own line (committed) and, after it, the line saying the mail did not go
        assertThat(lines).hasSize(before + 2);
        assertThat(lines.get(0)).isEqualTo("clearance.history.declaration-mail-failed");
        assertThat(lines.get(1)).isEqualTo("clearance.history.declaration-sent");
    }

    /** Holds the first request that reads the contact (after its claim, inside its transaction) until released. */
    private CountDownLatch[] holdFirstContactRead() {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Mockito.doAnswer(call -> {
            if (calls.incrementAndGet() == 1) {
                holding.countDown();
                release.await(60, TimeUnit.SECONDS);
            }
            return call.callRealMethod();
        }).when(clients).viewContact(ArgumentMatchers.any(), ArgumentMatchers.anyLong());
        return new CountDownLatch[] {holding, release};
    }

    private MockHttpServletResponse[] race(java.util.concurrent.Callable<MockHttpServletResponse> first,
            java.util.concurrent.Callable<MockHttpServletResponse> second) throws Exception {
        CountDownLatch[] latches = holdFirstContactRead();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<MockHttpServletResponse> a = pool.submit(first);
            assertThat(latches[0].await(60, TimeUnit.SECONDS)).as("the first request holds the file").isTrue();
            Future<MockHttpServletResponse> b = pool.submit(second);
            // the second reaches the file's row and waits for it while the first holds it
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
                    Integer.class) > 0);
            latches[1].countDown();
            return new MockHttpServletResponse[] {a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)};
        } finally {
            latches[1].countDown();
            pool.shutdownNow();
        }
    }

    private static void lostWithStaleEdit(MockHttpServletResponse loser) throws Exception {
        assertThat(loser.getStatus()).as(loser.getContentAsString()).isEqualTo(409);
        assertThat(loser.getContentAsString()).contains("error.stale-edit").contains("Someone else changed this record after you opened it")
                .doesNotContain("error.internal");
    }

    @Test
    void aSendHoldingTheFileWinsAndTheConfirmationWaitingForItIs409WithOneMail() throws Exception {
        Draft d = draft("AA15AB12345695", "SA-R3-SEND");
        assertThat(send(d).getStatus()).isEqualTo(200); // sent once: the draft may be confirmed or sent again
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> greenMail.getReceivedMessages().length == 1);

        MockHttpServletResponse[] answers = race(() -> send(d), () -> confirm(d));

        assertThat(answers[0].getStatus()).as(answers[0].getContentAsString()).isEqualTo(200);
        lostWithStaleEdit(answers[1]);
        assertThat(stored(d).get("status")).isEqualTo("SENT");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> greenMail.getReceivedMessages().length >= 2);
        Thread.sleep(500);
        assertThat(greenMail.getReceivedMessages()).as("the first send's mail and the winner's").hasSize(2);
    }

    @Test
    void aConfirmationHoldingTheFileWinsAndTheSendWaitingForItIs409WithNoMail() throws Exception {
        Draft d = draft("AA15AB12345696", "SA-R3-CONF");
        assertThat(send(d).getStatus()).isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> greenMail.getReceivedMessages().length == 1);

        MockHttpServletResponse[] answers = race(() -> confirm(d), () -> send(d));

        assertThat(answers[0].getStatus()).as(answers[0].getContentAsString()).isEqualTo(200);
        lostWithStaleEdit(answers[1]);
        assertThat(stored(d).get("status")).isEqualTo("CONFIRMED");
        Thread.sleep(1000);
        assertThat(greenMail.getReceivedMessages()).as("the first send's mail only").hasSize(1);
    }
}
