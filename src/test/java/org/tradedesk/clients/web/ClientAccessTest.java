package org.tradedesk.clients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import java.util.Set;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.identity.NewUser;
import org.tradedesk.identity.Role;
import org.tradedesk.identity.UserAdministration;

/**
 * Acceptance review F2: a coordinator not assigned to a client read that client's history (the full text of the clearance
 * mails: items, customs values, duties) and contacts through the clients module. A coordinator sees only the clients
 * assigned to them, a manager every client — the rule clearance applies to its files ({@code clearance.access.not-assigned}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClientAccessTest {

    static final RequestPostProcessor AMY = user("amy-f2").roles("COORDINATOR");
    static final RequestPostProcessor BEN = user("ben-f2").roles("COORDINATOR");
    static final RequestPostProcessor MONA = user("mona-f2").roles("MANAGER", "COORDINATOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    /** Amy's client (she created it, so she is assigned), with a contact and a mail in its history. */
    long[] amysClient(String name) throws Exception {
        String created = mvc.perform(post("/api/v1/clients").with(AMY).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"kind\":\"IMPORTER\",\"country\":\"TW\",\"preferredLanguage\":\"EN\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String contact = mvc.perform(post("/api/v1/clients/" + id + "/contacts").with(AMY).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Secret Person\",\"email\":\"secret.person@example.com\",\"preferredLanguage\":\"EN\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long contactId = ((Number) JsonPath.read(contact, "$.id")).longValue();
        mvc.perform(post("/api/v1/clients/" + id + "/history").with(AMY).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"EMAIL\",\"subject\":\"Clearance TPE-1\",\"summary\":\"Customs value TWD 987,654; duty TWD 49,383\"}"))
                .andExpect(status().isCreated());
        return new long[] {id, contactId};
    }

    @Test
    void aCoordinatorNotAssignedGetsTheNotFoundAnswerOnEveryPerClientEndpoint() throws Exception {
        long[] ids = amysClient("Confidential Tea Importers");
        String base = "/api/v1/clients/" + ids[0];
        String[] reads = {base, base + "/history", base + "/contacts", base + "/contacts/" + ids[1],
                base + "/contacts/" + ids[1] + "/export"};
        StringBuilder answers = new StringBuilder();
        for (String path : reads) {
            mvc.perform(get(path).with(AMY)).andExpect(status().isOk());
            // refused as if the client did not exist (anti-enumeration, as clearance answers for a file): the body of a
            // missing id, so the answer does not tell that the id is a client on file
            String body = mvc.perform(get(path).with(BEN).header("Accept-Language", "en")).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("clients.client.not-found"))
                    .andReturn().getResponse().getContentAsString();
            String missing = path.replace(base, "/api/v1/clients/987654321");
            String none = mvc.perform(get(missing).with(BEN).header("Accept-Language", "en")).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body.replace("/clients/" + ids[0], "/clients/#").replace("id " + ids[0] + ".", "id #.")).as(path)
                    .isEqualTo(none.replace("/clients/987654321", "/clients/#").replace("id 987654321.", "id #."));
            // the answer carries the problem only: no client, contact or history field
            assertThat(JsonPath.<java.util.Map<String, Object>>read(body, "$")).containsOnlyKeys("type", "title", "status", "detail",
                    "instance", "code");
            answers.append(JsonPath.<String>read(body, "$.detail").replace(String.valueOf(ids[0]), ""))
                    .append(JsonPath.<String>read(body, "$.title"));
        }
        String zh = mvc.perform(get(base + "/history").with(BEN).header("Accept-Language", "zh-TW"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("clients.client.not-found"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        answers.append(JsonPath.<String>read(zh, "$.detail").replace(String.valueOf(ids[0]), ""));
        // writes are refused too, and write nothing
        mvc.perform(post(base + "/history").with(BEN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"PHONE\",\"subject\":\"Ben was here\"}")).andExpect(status().isNotFound());
        mvc.perform(post(base + "/contacts").with(BEN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Ben Contact\",\"preferredLanguage\":\"EN\"}")).andExpect(status().isNotFound());
        mvc.perform(put(base).with(BEN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Renamed By Ben\",\"kind\":\"IMPORTER\",\"country\":\"TW\",\"preferredLanguage\":\"EN\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/archive").with(BEN)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/contacts/" + ids[1] + "/mail").with(BEN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\":\"x\",\"body\":\"y\"}")).andExpect(status().isNotFound());
        // the explanation names neither the client nor anything of it (the id only as the caller typed it, as for a missing id)
        assertThat(answers.toString()).doesNotContain("Confidential Tea").doesNotContain("987,654")
                .doesNotContain("Secret Person").doesNotContainPattern("\\d");
        String history = mvc.perform(get(base + "/history").with(AMY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1)).andReturn().getResponse().getContentAsString();
        assertThat(history).doesNotContain("Ben was here");
        mvc.perform(get(base).with(AMY)).andExpect(jsonPath("$.name").value("Confidential Tea Importers"))
                .andExpect(jsonPath("$.contacts.length()").value(1));
    }

    @Test
    void theClientPagesRefuseTheCoordinatorNotAssigned() throws Exception {
        long[] ids = amysClient("Confidential Page Traders");
        String[] pages = {"/clients/" + ids[0], "/clients/" + ids[0] + "/edit", "/clients/" + ids[0] + "/contacts/new",
                "/clients/" + ids[0] + "/contacts/" + ids[1], "/clients/" + ids[0] + "/contacts/" + ids[1] + "/edit",
                "/clients/" + ids[0] + "/contacts/" + ids[1] + "/export"};
        for (String page : pages) {
            mvc.perform(get(page).with(AMY).param("lang", "en")).andExpect(status().isOk());
            String body = mvc.perform(get(page).with(BEN).param("lang", "en")).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(page).doesNotContain("Confidential Page Traders").doesNotContain("987,654")
                    .doesNotContain("Secret Person");
        }
        mvc.perform(post("/clients/" + ids[0] + "/history").with(BEN).with(csrf()).param("channel", "PHONE")
                .param("subject", "Ben was here")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clients/" + ids[0] + "/history").with(AMY)).andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void theListAndSearchShowACoordinatorOnlyTheirClientsAndAManagerAll() throws Exception {
        amysClient("Listed Only For Amy Co");
        mvc.perform(get("/api/v1/clients").with(AMY).param("q", "Listed Only For Amy")).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/clients").with(BEN).param("q", "Listed Only For Amy")).andExpect(jsonPath("$.totalElements").value(0));
        // a contact's e-mail does not find it either
        mvc.perform(get("/api/v1/clients").with(BEN).param("q", "secret.person@")).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/clients").with(MONA).param("q", "Listed Only For Amy")).andExpect(jsonPath("$.totalElements").value(1));
        String benPage = mvc.perform(get("/clients").with(BEN).param("q", "Listed Only").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(benPage).doesNotContain("Listed Only For Amy Co");
        String amyPage = mvc.perform(get("/clients").with(AMY).param("q", "Listed Only").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(amyPage).contains("Listed Only For Amy Co");
    }

    @Test
    void aManagerSeesEveryClientAndAnAssignedCoordinatorSeesItOnceAssigned() throws Exception {
        long[] ids = amysClient("Assigned Later Pty Ltd");
        String base = "/api/v1/clients/" + ids[0];
        mvc.perform(get(base + "/history").with(MONA)).andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get(base + "/contacts").with(MONA)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/clients/" + ids[0]).with(MONA).param("lang", "en")).andExpect(status().isOk());
        mvc.perform(get(base + "/history").with(BEN)).andExpect(status().isNotFound());
        // assigning needs a user account
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "x", "ROLE_ADMIN"));
        try {
            if (users.list().stream().noneMatch(u -> u.username().equals("cleo-f2"))) {
                users.create(new NewUser("cleo-f2", "Cleo Lin", Set.of(Role.COORDINATOR), "correct horse battery staple 42"));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        RequestPostProcessor cleo = user("cleo-f2").roles("COORDINATOR");
        mvc.perform(get(base + "/history").with(cleo)).andExpect(status().isNotFound());
        mvc.perform(post("/clients/" + ids[0] + "/assignees").with(MONA).with(csrf()).param("username", "cleo-f2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/history").with(cleo)).andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/clients").with(cleo).param("q", "Assigned Later")).andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void anUnknownIdStays404() throws Exception {
        mvc.perform(get("/api/v1/clients/987654321/history").with(BEN)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("clients.client.not-found"));
    }

    /**
     * Review R4: the rule was enforced in the clients module's own pages only; the taxes pages listed every client's name in
     * their pickers and loaded any client's record by its id. A coordinator sees there, too, only the clients assigned.
     */
    @Test
    void theTaxesPagesAndApiShowACoordinatorOnlyTheClientsAssigned() throws Exception {
        long[] ids = amysClient("Taxes Hidden Trading Co");
        for (String page : new String[] {"/taxes", "/taxes/quotations/new", "/taxes/batch"}) {
            assertThat(mvc.perform(get(page).with(AMY).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).as(page).contains("Taxes Hidden Trading Co");
            assertThat(mvc.perform(get(page).with(BEN).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).as(page).doesNotContain("Taxes Hidden Trading Co");
            assertThat(mvc.perform(get(page).with(MONA).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).as(page).contains("Taxes Hidden Trading Co");
        }
        // a route taking the client's id: the form filled in from the client's record, the list filtered by the client
        assertThat(mvc.perform(get("/taxes/quotations/new").with(AMY).param("clientId", String.valueOf(ids[0])).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Taxes Hidden Trading Co");
        assertThat(mvc.perform(get("/taxes/quotations/new").with(BEN).param("clientId", String.valueOf(ids[0])).param("lang", "en"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString())
                .doesNotContain("Taxes Hidden Trading Co").doesNotContain("Secret Person");
        mvc.perform(get("/taxes").with(BEN).param("clientId", String.valueOf(ids[0])).param("lang", "en"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tax/calculations/saved").with(AMY).param("clientId", String.valueOf(ids[0])))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/tax/calculations/saved").with(BEN).param("clientId", String.valueOf(ids[0])))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("clients.client.not-found"));
    }
}
