package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.TestSmtp;

/**
 * t4fixAC 1: a client query whose mail the server refused said so with JavaMail's English ("Couldn't connect to host, port:
 * 127.0.0.1, …") inside a zh-TW sentence — in the refusal, the file's page, its history and the API. Now the cause is a
 * code (here CONNECTION_REFUSED: the in-process SMTP server stopped, its port closed), worded in the reader's language; the
 * server's text is kept on the query for the administrators (and the log). t4fixAC 2: such a query is on the
 * coordinator's work queue as one to send again, until it is sent again. t4fixAC 6: the mail names a line's tariff code as
 * TariffCodeFormat.shown writes it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceQueryMailFailureTest {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, PORT);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.tradedesk.tariff.TariffCatalogue catalogue;

    long clientId;
    long contact;

    @BeforeEach
    void client() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("港灣茶業有限公司", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
        contact = clients.addContact(new ClientId(clientId), new ContactDetails("Jane Lee", "jane@example.com.au", null, null,
                PreferredLanguage.EN)).id();
    }

    /** A sea import into Taiwan with one invoice typed by hand (no B/L: there is something to ask). */
    long file(String reference, String tariffCode) throws Exception {
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"%s",
                         "arrivalDate":"2026-03-02"}""".formatted(clientId, reference)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/clearance/transactions/" + id + "/documents/invoice").contentType(MediaType.APPLICATION_JSON).content("""
                        {"invoiceNumber":"INV-7","issueDate":"2026-02-10","currency":"AUD","incoterm":"CIF","sellerName":"Barossa Wines",
                         "sellerCountry":"AU","totalAmount":1000,"lines":[
                          {"description":"Shiraz 750 ml","tariffCode":"%s","originCountry":"AU","quantity":600,"unitCode":"BO","amount":1000}]}"""
                        .formatted(tariffCode)))
                .andExpect(status().isCreated());
        return id;
    }

    @Test
    void aClosedPortIsSaidInTheReadersLanguageAndTheQueryWaitsOnTheWorkQueueToBeSentAgain() throws Exception {
        long id = file("KHH-0901", "2204.21.10");
        String base = "/api/v1/clearance/transactions/" + id;
        greenMail.stop(); // nothing listens at the port any more

        // the refusal: the cause in the reader's words, no JavaMail English in the zh-TW sentence
        String refused = mvc.perform(post(base + "/queries").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactId\":" + contact + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clients.mail.not-sent"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(refused, "$.detail")).isEqualTo("電子郵件未寄出：郵件伺服器拒絕連線");

        // the query: the cause as a code and text in the reader's language; the server's own text to nobody but an administrator
        mvc.perform(get(base + "/queries").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].mailSent").value(false))
                .andExpect(jsonPath("$[0].mailFailure.code").value("clients.mail.failure.CONNECTION_REFUSED"))
                .andExpect(jsonPath("$[0].mailFailure.text").value("the mail server refused the connection"))
                .andExpect(jsonPath("$[0].mailFailureDetail").doesNotExist());
        mvc.perform(get(base + "/queries").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[0].mailFailure.text").value("郵件伺服器拒絕連線"));
        Map<String, Object> row = jdbc.queryForMap("select mail_failure_code, mail_failure from clearance_query where transaction_id = ?", id);
        assertThat(row.get("mail_failure_code")).isEqualTo("CONNECTION_REFUSED");
        assertThat((String) row.get("mail_failure")).as("the server's text, kept for the administrators").isNotBlank();
        String serverText = (String) row.get("mail_failure");
        // a manager reads the cause as the coordinator does; a user who is also an administrator reads the server's text too
        mvc.perform(get(base + "/queries").with(user("boss").roles("MANAGER")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].mailFailure.code").value("clients.mail.failure.CONNECTION_REFUSED"))
                .andExpect(jsonPath("$[0].mailFailureDetail").doesNotExist());
        mvc.perform(get(base + "/queries").with(user("boss.admin").roles("MANAGER", "ADMIN")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].mailFailureDetail").value(serverText));

        // the history and the file's page: the cause worded, the server's text nowhere
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[0].what.code").value("clearance.history.query-mail-failed"))
                .andExpect(jsonPath("$[0].what.text").value("寄給Jane Lee的詢問郵件未寄出：郵件伺服器拒絕連線。此詢問記為未寄出，請重新寄送。"));
        String page = mvc.perform(get("/clearance/transactions/" + id).header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-failure=\"CONNECTION_REFUSED\"").contains("郵件未寄出（郵件伺服器拒絕連線）")
                .doesNotContain(serverText).doesNotContain("Couldn");

        // the coordinator's work queue: the query to send again, why, and where it is sent from — in both languages
        String home = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).containsPattern("href=\"/clearance/transactions/" + id + "#query-form\">Query to Jane Lee of \\d{1,2} [A-Z][a-z]{2} "
                + "\\d{4} not sent \\(the mail server refused the connection\\): send it again</a>");
        String zh = mvc.perform(get("/").param("lang", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).containsPattern("\\d{4}/\\d{2}/\\d{2}寄給 Jane Lee 的詢問郵件未寄出（郵件伺服器拒絕連線），請重新寄送");

        // sent again once the server is back: no longer on the queue
        greenMail.start();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        mvc.perform(post(base + "/queries").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + contact + "}"))
                .andExpect(status().isCreated());
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        String after = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("#query-form\">Query to Jane Lee").contains("Answer awaited from Jane Lee since");
    }

    /** t4fixAC 6: an unknown tariff code typed without dots is named in the mail as the declaration writes codes. */
    @Test
    void theMailNamesATariffCodeAsTheSharedFormatterWritesIt() throws Exception {
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, org.tradedesk.tariff.Jurisdiction.TW);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long id = file("KHH-0902", "99999999");
        greenMail.reset();
        mvc.perform(post("/api/v1/clearance/transactions/" + id + "/queries").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactId\":" + contact + "}")).andExpect(status().isCreated());
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        String body = String.valueOf(received[0].getContent());
        // 8 digits of Taiwan's tariff as TariffCodeFormat.shown writes them (by hand: 9999.99.99), not as typed
        assertThat(body).contains("tariff code 9999.99.99 is not in the tariff").doesNotContain("99999999");
    }
}
