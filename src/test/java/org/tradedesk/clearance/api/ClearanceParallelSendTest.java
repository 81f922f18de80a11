package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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
import org.tradedesk.clients.ClientMailer;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.TestSmtp;

/**
 * Issue 8 F1: parallel sends (confirmations, lodgements) of one file — one won, the others answered 500 error.internal with
 * JPA's optimistic lock failure of the file's claim. Real threads on the test database: the first send holds the file's
 * row while its mail goes out, the others wait for it and then lose: 409, the stale-edit problem in the reader's language,
 * and one mail only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceParallelSendTest {

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
    ClientDirectory clients;
    @MockitoSpyBean
    ClientMailer mailer;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        Mockito.reset(mailer);
    }

    @Test
    void ofThreeParallelSendsOneWinsAndTheOthersAre409WithOneMail() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("並行報關有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        long contact = clients.addContact(new ClientId(clientId), new ContactDetails("林美華", "mei.lin@example.com.tw", null, null,
                PreferredLanguage.ZH_TW)).id();
        SecurityContextHolder.clearContext();
        ClearanceFiles files = new ClearanceFiles(mvc);
        long id = files.taiwanAirImport(clientId, "AA15AB12345693", "SA-F1-P");
        String base = ClearanceFiles.base(id);
        files.documentsComplete(id);
        String json = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                 "items":[{"line":1,"duty":"0%"}]}""")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long d = ((Number) JsonPath.read(json, "$.id")).longValue();
        int mailsBefore = greenMail.getReceivedMessages().length;

        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Mockito.doAnswer(call -> {
            if (calls.incrementAndGet() == 1) {
                sending.countDown();
                release.await(30, TimeUnit.SECONDS);
            }
            return call.callRealMethod();
        }).when(mailer).send(ArgumentMatchers.any());
        var pool = Executors.newFixedThreadPool(3);
        List<Future<int[]>> sends = new ArrayList<>();
        List<String> bodies = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            java.util.concurrent.Callable<int[]> send = () -> {
                var response = mvc.perform(post(base + "/declarations/" + d + "/send").with(user("coordinator").roles("COORDINATOR"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactId\":" + contact + "}")).andReturn().getResponse();
                bodies.add(response.getContentAsString());
                return new int[] {response.getStatus()};
            };
            sends.add(pool.submit(send));
            assertThat(sending.await(60, TimeUnit.SECONDS)).isTrue();
            sends.add(pool.submit(send));
            sends.add(pool.submit(send));
            Thread.sleep(1000); // the other two reach the file's row while the first one's mail goes out
            release.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<int[]> f : sends) {
                statuses.add(f.get(60, TimeUnit.SECONDS)[0]);
            }
            // The mail goes out after the commit (code read R4), so the file's claim is free while it is sent: a send that
            // waited on the claim then reads the declaration as SENT and sends it again (a re-send is allowed), or loses to
            // the other waiter and gets the 409. Never a 500 (re-review F1), and one mail per send that answered 200.
            assertThat(statuses).as("%s", bodies).hasSize(3).allMatch(s -> s == 200 || s == 409).contains(200);
            long sent = statuses.stream().filter(s -> s == 200).count();
            assertThat(bodies).filteredOn(b -> b.contains("error.stale-edit")).hasSize((int) (3 - sent))
                    .allSatisfy(b -> assertThat(b).contains("Someone else changed this record after you opened it"));
            assertThat(bodies).noneMatch(b -> b.contains("error.internal"));
            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> greenMail.getReceivedMessages().length - mailsBefore >= sent);
            assertThat(greenMail.getReceivedMessages().length - mailsBefore).isEqualTo(sent);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
