package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.clients.UnknownAssignee;
import org.tradedesk.identity.NewUser;
import org.tradedesk.identity.Role;
import org.tradedesk.identity.UserAdministration;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Issue 8: "a coordinator sees only the transactions of the clients they are assigned to; a manager sees all".
 * Amy creates a client (and is assigned to it by default) and a file for it; Ben, another coordinator, neither
 * sees nor opens it until a manager assigns him; the manager sees it in the team's queue.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClearanceAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    ClearanceTransactions transactions;
    @Autowired
    UserAdministration users;

    static final RequestPostProcessor AMY = user("amy").roles("COORDINATOR");
    static final RequestPostProcessor BEN = user("ben").roles("COORDINATOR");
    static final RequestPostProcessor MANAGER = user("mona").roles("MANAGER", "COORDINATOR");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static void actAs(String name, String... roles) {
        String[] authorities = java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, "x", authorities));
    }

    long amysFile(String clientName) {
        actAs("amy", "COORDINATOR");
        long client = clients.create(new ClientDetails(clientName, ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
        long id = transactions.create(new TransactionDetails(new ClientId(client), Direction.IMPORT, Jurisdiction.TW, TransportMode.AIR,
                Incoterm.FCA, "TPE-" + clientName, null, null, null, LocalDate.of(2026, 11, 30), null, null, null, null)).id();
        SecurityContextHolder.clearContext();
        return id;
    }

    @Test
    void theCreatorOfAClientIsAssignedToIt() {
        actAs("amy", "COORDINATOR");
        long client = clients.create(new ClientDetails("Creator Assigned Ltd", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.EN, null, null, null)).id();
        assertThat(clients.assignees(new ClientId(client))).containsExactly("amy");
        assertThat(clients.clientsAssignedTo("amy")).contains(new ClientId(client));
        assertThat(clients.isAssigned(new ClientId(client), "ben")).isFalse();
    }

    @Test
    void anotherCoordinatorNeitherSeesNorOpensNorCreatesUntilAssigned() throws Exception {
        long id = amysFile("Amy Only Foods");
        String base = "/api/v1/clearance/transactions/" + id;
        mvc.perform(get(base).with(AMY)).andExpect(status().isOk());
        // acceptance review F12b: a file the coordinator may not see is answered as one that does not exist — 404 with the body
        // of a missing id (403 for an existing file let anyone enumerate the ids); it names neither the client nor its id
        // (F13: the 403 said "Other Importer Pty Ltd")
        String zh = mvc.perform(get(base).with(BEN).header("Accept-Language", "zh-TW")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("clearance.transaction.not-found"))
                .andExpect(jsonPath("$.detail").value("查無通關案件 " + id + "。"))
                .andReturn().getResponse().getContentAsString();
        long missing = id + 1_000_000;
        String none = mvc.perform(get("/api/v1/clearance/transactions/" + missing).with(BEN).header("Accept-Language", "zh-TW"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(zh.replace(String.valueOf(id), "#")).isEqualTo(none.replace(String.valueOf(missing), "#"));
        String en = mvc.perform(get(base).with(BEN).header("Accept-Language", "en")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no clearance transaction " + id + "."))
                .andReturn().getResponse().getContentAsString();
        assertThat(zh + en).doesNotContain("Amy Only Foods").doesNotContain("TPE-Amy");
        mvc.perform(get(base + "/history").with(BEN)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/status").with(BEN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"DOCUMENTS_COMPLETE\",\"version\":0}")).andExpect(status().isNotFound());
        mvc.perform(get(base + "/documents/1").with(BEN)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/disputes").with(BEN)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/declarations").with(BEN)).andExpect(status().isNotFound());
        mvc.perform(get(base).with(AMY)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        String benQueue = mvc.perform(get("/api/v1/clearance/transactions").with(BEN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(benQueue).doesNotContain("Amy Only Foods");
        String page = mvc.perform(get("/clearance/transactions/" + id).with(BEN).param("lang", "en"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("TPE-Amy Only Foods").doesNotContain("Amy Only Foods");
        long clientId = mvc.perform(get(base).with(AMY)).andReturn().getResponse().getContentAsString().transform(
                json -> ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.clientId")).longValue());
        // issue 8 F11: creating a file for a client one may not see was 403 clearance.access.not-assigned while a missing client
        // was 400 "no client": it told which ids exist. Both are the same 400 at clientId, "no client you can see"
        String hidden = mvc.perform(post("/api/v1/clearance/transactions").with(BEN).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":" + clientId + ",\"direction\":\"IMPORT\",\"jurisdiction\":\"TW\",\"mode\":\"SEA\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.transaction.client-unknown"))
                .andExpect(jsonPath("$.errors[0].field").value("clientId"))
                .andExpect(jsonPath("$.detail").value("There is no client " + clientId + " that you can see."))
                .andReturn().getResponse().getContentAsString();
        long noClient = clientId + 1_000_000;
        String absent = mvc.perform(post("/api/v1/clearance/transactions").with(BEN).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":" + noClient + ",\"direction\":\"IMPORT\",\"jurisdiction\":\"TW\",\"mode\":\"SEA\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(hidden.replace(String.valueOf(clientId), "#")).isEqualTo(absent.replace(String.valueOf(noClient), "#"))
                .doesNotContain("Amy Only Foods");
    }

    @Test
    void aManagerSeesTheTeamsFilesAndAssignsACoordinator() throws Exception {
        long id = amysFile("Team Queue Trading");
        String base = "/api/v1/clearance/transactions/" + id;
        String managerQueue = mvc.perform(get("/api/v1/clearance/transactions").with(MANAGER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(managerQueue).contains("Team Queue Trading");
        mvc.perform(get(base).with(MANAGER)).andExpect(status().isOk());
        String queuePage = mvc.perform(get("/clearance").with(MANAGER).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queuePage).contains("Team Queue Trading", "Every file of the team");

        // assigning needs a user account; an unknown one is refused
        actAs("admin", "ADMIN");
        if (users.list().stream().noneMatch(u -> u.username().equals("ben"))) {
            users.create(new NewUser("ben", "Ben Chen", Set.of(Role.COORDINATOR), "correct horse battery staple 42"));
        }
        SecurityContextHolder.clearContext();
        long clientId = mvc.perform(get(base).with(MANAGER)).andReturn().getResponse().getContentAsString().transform(
                json -> ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.clientId")).longValue());
        actAs("mona", "MANAGER");
        assertThatThrownBy(() -> clients.assign(new ClientId(clientId), "nobody-here")).isInstanceOf(UnknownAssignee.class);
        SecurityContextHolder.clearContext();
        actAs("amy", "COORDINATOR");
        assertThatThrownBy(() -> clients.assign(new ClientId(clientId), "ben"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SecurityContextHolder.clearContext();

        // the manager assigns Ben on the client page
        mvc.perform(post("/clients/" + clientId + "/assignees").with(MANAGER).with(csrf()).param("username", "ben"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base).with(BEN)).andExpect(status().isOk());
        String clientPage = mvc.perform(get("/clients/" + clientId).with(MANAGER).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(clientPage).contains("data-username=\"ben\"", "data-username=\"amy\"", "id=\"assign-form\"");
        String asCoordinator = mvc.perform(get("/clients/" + clientId).with(AMY).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(asCoordinator).contains("data-username=\"ben\"").doesNotContain("id=\"assign-form\"");
        mvc.perform(post("/clients/" + clientId + "/assignees/remove").with(MANAGER).with(csrf()).param("username", "ben"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base).with(BEN)).andExpect(status().isNotFound());
    }
}
