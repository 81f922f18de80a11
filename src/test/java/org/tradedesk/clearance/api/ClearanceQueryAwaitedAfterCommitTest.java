package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tradedesk.clearance.ClearanceQueries;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.TestSmtp;

/**
 * t4fixX 1: the file's "awaited" panel gave a count, the API rule ids: each item still awaited is shown — what (the rule's
 * name and the document it concerns, in the reader's language), from whom, since when (the day in the reader's format).
 * t4fixX 2: the query's mail went inside the database transaction: it goes once the query is committed; a server that then
 * refuses it leaves the query recorded with its failure shown, and a rollback sends nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceQueryAwaitedAfterCommitTest {

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
    ClearanceQueries queries;
    @Autowired
    PlatformTransactionManager transactionManager;

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

    /** A sea import into Taiwan (CIF) with one invoice typed by hand: no packing list, no B/L, FOB on the invoice. */
    long file() throws Exception {
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"KHH-0777",
                         "arrivalDate":"2026-03-02"}""".formatted(clientId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/clearance/transactions/" + id + "/documents/invoice").contentType(MediaType.APPLICATION_JSON).content("""
                        {"invoiceNumber":"INV-7","issueDate":"2026-02-10","currency":"AUD","incoterm":"FOB","sellerName":"Barossa Wines",
                         "sellerCountry":"AU","totalAmount":1000,"lines":[
                          {"description":"Shiraz 750 ml","tariffCode":"2204.21.10","originCountry":"AU","quantity":600,"unitCode":"BO","amount":1000}]}"""))
                .andExpect(status().isCreated());
        return id;
    }

    @Test
    void eachAwaitedItemSaysWhatFromWhomAndSinceWhen() throws Exception {
        long id = file();
        String base = "/api/v1/clearance/transactions/" + id;
        mvc.perform(post(base + "/queries").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + contact + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.awaitingItems[*].item", hasItem("doc.bill-of-lading")));

        mvc.perform(get(base + "/queries").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                // the rule ids as before, for programs
                .andExpect(jsonPath("$[0].awaiting", hasItem("doc.bill-of-lading")))
                .andExpect(jsonPath("$[0].mailSent").value(true))
                .andExpect(jsonPath("$[0].awaitingItems[?(@.item == 'doc.bill-of-lading')].what.text",
                        contains("Bill of lading on file")))
                // the item that concerns a document names it as the findings do
                .andExpect(jsonPath("$[0].awaitingItems[?(@.item == 'consistency.incoterm')].what.text",
                        contains("Incoterm agrees with the file (Commercial invoice INV-7)")))
                .andExpect(jsonPath("$[0].awaitingItems[?(@.item == 'consistency.incoterm')].documents[0].kind",
                        contains("COMMERCIAL_INVOICE")))
                .andExpect(jsonPath("$[0].awaitingItems[0].contact.name").value("Jane Lee"))
                .andExpect(jsonPath("$[0].awaitingItems[0].contact.email").value("jane@example.com.au"))
                .andExpect(jsonPath("$[0].awaitingItems[0].since").exists())
                .andExpect(jsonPath("$[0].awaitingItems[?(@.item == 'doc.bill-of-lading')].text.text", contains(matchesPattern(
                        "Bill of lading on file: awaited from Jane Lee \\(jane@example\\.com\\.au\\) since \\d{1,2} [A-Z][a-z]{2} \\d{4}"))));
        mvc.perform(get(base + "/queries").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[0].awaitingItems[?(@.item == 'consistency.incoterm')].text.text", contains(matchesPattern(
                        "貿易條件與案件一致（商業發票 INV-7）：自\\d{4}/\\d{2}/\\d{2}起待Jane Lee（jane@example\\.com\\.au）提供"))));

        // the page lists each item, not only a count
        String page = mvc.perform(get("/clearance/transactions/" + id).header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-item=\"doc.bill-of-lading\"").containsPattern(
                "class=\"awaited-item\" data-item=\"doc.bill-of-lading\">已附海運提單：自\\d{4}/\\d{2}/\\d{2}起待Jane Lee（jane@example.com.au）提供<");
        assertThat(page).containsPattern("data-item=\"consistency.incoterm\">貿易條件與案件一致（商業發票 INV-7）：");
    }

    @Test
    void aMailTheServerRefusesAfterTheCommitLeavesTheQueryRecordedWithItsFailure() throws Exception {
        long id = file();
        String base = "/api/v1/clearance/transactions/" + id;
        greenMail.stop(); // the server closes: the mail, sent once the query is committed, cannot go

        mvc.perform(post(base + "/queries").contentType(MediaType.APPLICATION_JSON).content("{\"contactId\":" + contact + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clients.mail.not-sent"));

        // recorded, its failure visible: not lost, and nothing said to be awaited from a contact who got nothing
        mvc.perform(get(base + "/queries").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].contactName").value("Jane Lee"))
                .andExpect(jsonPath("$[0].mailSent").value(false))
                .andExpect(jsonPath("$[0].mailFailedAt").exists())
                // t4fixAC 1: why, as a code and in the reader's words (it was the server's English text)
                .andExpect(jsonPath("$[0].mailFailure.code").value("clients.mail.failure.CONNECTION_REFUSED"))
                .andExpect(jsonPath("$[0].mailFailure.text").value("the mail server refused the connection"))
                .andExpect(jsonPath("$[0].awaitingItems", empty()));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].what.code").value("clearance.history.query-mail-failed"))
                .andExpect(jsonPath("$[0].what.text").value(containsString("The query mail to Jane Lee did not go out")))
                .andExpect(jsonPath("$[1].what.code").value("clearance.history.query-sent"));
        String page = mvc.perform(get("/clearance/transactions/" + id).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("query-mail-failed").contains("the mail did not go out").doesNotContain("class=\"awaited-item\"");
    }

    @Test
    void aQueryRolledBackSendsNoMail() throws Exception {
        long id = file();
        greenMail.reset();
        // the request's filters cleared the thread's user: the service is called as the coordinator again
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        TransactionTemplate outer = new TransactionTemplate(transactionManager);
        outer.executeWithoutResult(status -> {
            queries.send(TransactionId.of(id), contact);
            status.setRollbackOnly(); // what follows the query in the same transaction fails
        });

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        mvc.perform(get("/api/v1/clearance/transactions/" + id + "/queries")).andExpect(jsonPath("$", empty()));

        // committed, it goes
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        queries.send(TransactionId.of(id), contact);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }
}
