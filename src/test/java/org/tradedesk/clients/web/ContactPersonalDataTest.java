package org.tradedesk.clients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.Channel;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ConsentDecision;
import org.tradedesk.clients.ConsentPurpose;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.ContactView;
import org.tradedesk.clients.NewCommunication;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditRecord;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.shared.CountryCode;

/** 個人資料保護法: viewing, exporting and erasing a contact's data, each left in the audit trail. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ContactPersonalDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientDirectory directory;

    @Autowired
    AuditTrail audit;

    long clientId;

    ContactView contactWithHistory() {
        clientId = directory.create(new ClientDetails("Personal Data Tea Co.", ClientKind.EXPORTER, CountryCode.TW,
                "22099131", PreferredLanguage.ZH_TW, null, null, null)).id();
        ContactView c = directory.addContact(new ClientId(clientId), new ContactDetails("林美玲", "meiling.lin@example.com.tw",
                "+886 2 2700 1234", "出口經理", PreferredLanguage.ZH_TW));
        directory.recordConsent(new ClientId(clientId), c.id(), new ConsentDecision(ConsentPurpose.SERVICE, true, LocalDate.of(2026, 1, 5), null));
        directory.recordConsent(new ClientId(clientId), c.id(), new ConsentDecision(ConsentPurpose.MARKETING, true, LocalDate.of(2026, 2, 1), "fair"));
        directory.logCommunication(new ClientId(clientId), new NewCommunication(c.id(), null, Channel.PHONE, "Duty on oolong tea",
                "Asked about GST", List.of("quote.pdf")));
        directory.logCommunication(new ClientId(clientId), new NewCommunication(null, null, Channel.LETTER, "Company letter", null, null));
        return c;
    }

    List<AuditAction> actions(long contactId) {
        return audit.search("contact", String.valueOf(contactId), null, null, null, Pageable.ofSize(100))
                .map(AuditRecord::action).getContent();
    }

    @Test
    void openingAContactIsAuditedAsViewed() throws Exception {
        ContactView c = contactWithHistory();
        String html = mvc.perform(get("/clients/" + clientId + "/contacts/" + c.id()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("林美玲", "meiling.lin@example.com.tw", "Service communication", "id=\"mail-form\"");
        assertThat(actions(c.id())).contains(AuditAction.CREATED, AuditAction.VIEWED);
        mvc.perform(get("/api/v1/clients/" + clientId + "/contacts/" + c.id())).andExpect(status().isOk());
        assertThat(actions(c.id()).stream().filter(a -> a == AuditAction.VIEWED)).hasSize(2);
    }

    /** The consent rows of the contact page in {@code lang}: purpose, state and date of each, as shown. */
    List<List<String>> consentRows(long contactId, String lang) throws Exception {
        String html = mvc.perform(get("/clients/" + clientId + "/contacts/" + contactId).param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return org.jsoup.Jsoup.parse(html).select("#consent-table tbody tr").stream()
                .map(tr -> tr.select("td").stream().limit(3).map(td -> td.text()).toList()).toList();
    }

    /**
     * Issue 6 (t1fixH 5): the consents are labelled in the reader's language (purpose, given or withdrawn) and dated in its
     * format (2026/01/05, 5 Jan 2026), never by their codes (SERVICE, true) or the ISO date.
     */
    @Test
    void theConsentsAreLabelledAndDatedInTheReadersLanguage() throws Exception {
        ContactView c = contactWithHistory();
        directory.recordConsent(new ClientId(clientId), c.id(),
                new ConsentDecision(ConsentPurpose.THIRD_PARTY_SHARING, false, LocalDate.of(2026, 3, 9), null));
        assertThat(consentRows(c.id(), "zh-TW")).contains(List.of("服務聯繫", "同意", "2026/01/05"), List.of("行銷", "同意", "2026/02/01"),
                List.of("提供予報關行、運送人及主管機關", "撤回", "2026/03/09"));
        assertThat(consentRows(c.id(), "en")).contains(List.of("Service communication", "Given", "5 Jan 2026"),
                List.of("Marketing", "Given", "1 Feb 2026"), List.of("Sharing with brokers, carriers and authorities", "Withdrawn", "9 Mar 2026"));
    }

    @Test
    void exportHoldsEverythingAboutTheContactAndIsAudited() throws Exception {
        ContactView c = contactWithHistory();
        String json = mvc.perform(get("/api/v1/clients/" + clientId + "/contacts/" + c.id() + "/export"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"contact-" + c.id() + ".json\""))
                .andExpect(jsonPath("$.contact.email").value("meiling.lin@example.com.tw"))
                .andExpect(jsonPath("$.contact.consents.length()").value(2))
                .andExpect(jsonPath("$.clientName").value("Personal Data Tea Co."))
                .andReturn().getResponse().getContentAsString();
        // Only the entry that names the contact, not the company letter.
        List<String> subjects = JsonPath.read(json, "$.communications[*].subject");
        assertThat(subjects).containsExactly("Duty on oolong tea");
        mvc.perform(get("/clients/" + clientId + "/contacts/" + c.id() + "/export")).andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.name").value("林美玲"));
        assertThat(actions(c.id())).contains(AuditAction.EXPORTED);
    }

    @Test
    void aCoordinatorCannotErase() throws Exception {
        ContactView c = contactWithHistory();
        mvc.perform(post("/api/v1/clients/" + clientId + "/contacts/" + c.id() + "/erase")).andExpect(status().isForbidden());
        assertThat(directory.viewContact(new ClientId(clientId), c.id()).erased()).isFalse();
    }

    @Test
    void erasureAnonymisesInPlaceWithdrawsConsentAndKeepsTheAudit() throws Exception {
        ContactView c = contactWithHistory();
        mvc.perform(get("/clients/" + clientId + "/contacts/" + c.id()));
        mvc.perform(post("/clients/" + clientId + "/contacts/" + c.id() + "/erase").with(csrf())
                        .with(user("manager").roles("MANAGER", "COORDINATOR")))
                .andExpect(status().is3xxRedirection());

        String json = mvc.perform(get("/api/v1/clients/" + clientId + "/contacts/" + c.id() + "/export"))
                .andExpect(jsonPath("$.contact.erased").value(true))
                .andExpect(jsonPath("$.contact.email").doesNotExist())
                .andExpect(jsonPath("$.contact.phone").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("林美玲", "meiling", "2700 1234", "出口經理");
        // Both consents given before are now withdrawn by a new record each; the history stays.
        ContactView after = directory.viewContact(new ClientId(clientId), c.id());
        assertThat(after.consents()).hasSize(4);
        assertThat(after.consents(ConsentPurpose.SERVICE)).isFalse();
        assertThat(after.consents(ConsentPurpose.MARKETING)).isFalse();
        assertThat(directory.history(new ClientId(clientId), Pageable.ofSize(10)).getTotalElements()).isEqualTo(2);

        List<AuditRecord> trail = audit.search("contact", String.valueOf(c.id()), null, null, null, Pageable.ofSize(100)).getContent();
        assertThat(trail).extracting(AuditRecord::action)
                .contains(AuditAction.CREATED, AuditAction.CHANGED, AuditAction.VIEWED, AuditAction.ERASED, AuditAction.EXPORTED);
        AuditRecord erasure = trail.stream().filter(r -> r.action() == AuditAction.ERASED).findFirst().orElseThrow();
        assertThat(erasure.username()).isEqualTo("manager");
        assertThat(erasure.before()).contains("fieldsErased", "MARKETING").doesNotContain("林美玲");

        // Nothing more may be recorded about an erased contact.
        mvc.perform(post("/api/v1/clients/" + clientId + "/contacts/" + c.id() + "/consents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"SERVICE\",\"given\":true,\"effectiveOn\":\"2026-01-01\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clients.contact.erased"));
    }

    @Test
    void aStaleContactEditIs409AndAContactOfAnotherClientIs404() throws Exception {
        ContactView c = contactWithHistory();
        String body = "{\"name\":\"林美玲\",\"email\":\"ml@example.com.tw\",\"preferredLanguage\":\"ZH_TW\",\"version\":%d}";
        mvc.perform(put("/api/v1/clients/" + clientId + "/contacts/" + c.id()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(c.version())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value("ml@example.com.tw"));
        mvc.perform(put("/api/v1/clients/" + clientId + "/contacts/" + c.id()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(c.version())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("error.stale-edit"));
        // as the coordinator (the MockMvc requests above cleared the thread's login): assigned to the client they create, so
        // the 404 below is the contact's, not a 403 for a client they may not see
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long other = directory.create(new ClientDetails("Other Co.", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        mvc.perform(get("/api/v1/clients/" + other + "/contacts/" + c.id()).header("Accept-Language", "zh-TW"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("clients.contact.not-found"))
                // the client by its name, no ids (T4 review r-t4c 12: 「客戶 2 沒有編號 5 的聯絡人」)
                .andExpect(jsonPath("$.detail").value("客戶「Other Co.」沒有此聯絡人（可能是其他客戶的聯絡人），請選擇該客戶的聯絡人。"));
    }

    @Test
    void withoutAMailServerThePageSaysTheMailWasNotSentAndLogsNothing() throws Exception {
        ContactView c = contactWithHistory();
        long before = directory.history(new ClientId(clientId), Pageable.ofSize(10)).getTotalElements();
        mvc.perform(multipart("/clients/" + clientId + "/contacts/" + c.id() + "/mail").with(csrf())
                        .param("subject", "Advice").param("body", "Hello"))
                // said on the contact's page (503, the mail kept in its form), not on an error page
                .andExpect(status().isServiceUnavailable())
                .andExpect(model().attribute("error", "clients.mail.not-configured"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("spring.mail.host")));
        assertThat(directory.history(new ClientId(clientId), Pageable.ofSize(10)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void aConsentInTheFutureIsRefusedNamingTheField() throws Exception {
        ContactView c = contactWithHistory();
        mvc.perform(post("/api/v1/clients/" + clientId + "/contacts/" + c.id() + "/consents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"MARKETING\",\"given\":false,\"effectiveOn\":\"2999-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("effectiveOn"));
    }
}
