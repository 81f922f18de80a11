package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.clients.ClientId;
import org.tradedesk.support.AsUser;
import org.tradedesk.taxes.TaxCalculations;

/**
 * The access rule of the clients module ("a coordinator sees only the clients assigned to them; a manager sees all") on the
 * taxes routes: the home page's list, every route taking a saved calculation's id (page, API, downloads, copies, review
 * moves, advice mail) and every route saving for a client. A calculation the user may not see is answered as one that does
 * not exist — the same 404 and the same body as a missing id — so its id cannot be told from one never issued; a client the
 * user may not see is answered as the client pickers answer, {@code clients.client.not-found} as for an unknown client.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalculationAccessTest {

    static final RequestPostProcessor AMY = user("amy-t1acc").roles("COORDINATOR");
    static final RequestPostProcessor BEN = user("ben-t1acc").roles("COORDINATOR");
    static final RequestPostProcessor MONA = user("mona-t1acc").roles("MANAGER", "COORDINATOR");

    static final String REQUEST = """
            {"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"FOB","exchangeRate":32.15,
             "freight":120,"insurance":15,
             "lines":[{"description":"Bluetooth speaker","tariffCode":"85182200","origin":"CN","value":2000,
                       "quantity":100,"unit":"No","measures":{"duty":"MAX(10%, 20 TWD/No)"}}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    TaxCalculations calculations;
    @Autowired
    org.tradedesk.clients.ClientDirectory clients;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManagerFactory jpa;

    long client(RequestPostProcessor who, String name) throws Exception {
        String created = mvc.perform(post("/api/v1/clients").with(who).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"kind\":\"IMPORTER\",\"country\":\"TW\",\"preferredLanguage\":\"EN\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    String save(RequestPostProcessor who, Long clientId) throws Exception {
        String saved = mvc.perform(post("/api/v1/tax/calculations/saved").with(who).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":" + clientId + ",\"request\":" + REQUEST + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(saved, "$.id");
    }

    /** Every route taking a saved calculation's id, as a request for {@code id}. */
    static List<Function<String, MockHttpServletRequestBuilder>> routes() {
        return List.of(
                id -> get("/taxes/calculations/" + id),
                id -> get("/taxes/calculations/" + id + "/worksheet.xlsx"),
                id -> get("/taxes/calculations/" + id + "/worksheet.pdf"),
                id -> get("/taxes/calculations/" + id + "/advice.pdf"),
                id -> get("/taxes/quotations/new").param("from", id),
                id -> get("/taxes/batch").param("from", id),
                id -> get("/taxes/batch/lines.csv").param("from", id),
                id -> post("/taxes/calculations/" + id + "/penalties").with(csrf()).param("shortfall", "1000"),
                id -> post("/taxes/calculations/" + id + "/submit").with(csrf()),
                id -> post("/taxes/calculations/" + id + "/send").with(csrf()).param("contactId", "1"),
                id -> get("/api/v1/tax/calculations/saved/" + id).accept(MediaType.APPLICATION_JSON),
                id -> post("/api/v1/tax/calculations/saved/" + id + "/rerun").accept(MediaType.APPLICATION_JSON),
                id -> post("/api/v1/tax/calculations/saved/" + id + "/submit").accept(MediaType.APPLICATION_JSON),
                id -> post("/api/v1/tax/calculations/saved/" + id + "/sent").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"PHONE\",\"note\":\"told on the phone\"}"),
                id -> get("/api/v1/tax/calculations/saved/" + id + "/worksheet.xlsx"),
                id -> get("/api/v1/tax/calculations/saved/" + id + "/worksheet.pdf"),
                id -> get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf"),
                id -> get("/api/v1/tax/calculations/saved/" + id + "/advice-letter"));
    }

    /** Refused to {@code who} with the very answer a missing id gets (the id itself written as {@code #}). */
    void notFoundAsAMissingId(RequestPostProcessor who, String id) throws Exception {
        String missing = UUID.randomUUID().toString();
        int n = 0;
        for (Function<String, MockHttpServletRequestBuilder> route : routes()) {
            String what = "route " + n++ + " " + route.apply(id).buildRequest(new org.springframework.mock.web.MockServletContext())
                    .getRequestURI();
            String refused = mvc.perform(route.apply(id).with(who).header("Accept-Language", "en")).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String none = mvc.perform(route.apply(missing).with(who).header("Accept-Language", "en")).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(normalised(refused, id)).as(what).isEqualTo(normalised(none, missing));
            assertThat(refused).as(what).doesNotContain("Hidden Calc Traders").doesNotContain("Bluetooth speaker");
        }
    }

    /**
     * Answered to {@code who}, who may see the calculation, otherwise than a missing id (so that the refusal above is the
     * route's access rule, not a route that answers 404 to everyone).
     */
    void seenOnEveryRoute(RequestPostProcessor who, String id) throws Exception {
        int n = 0;
        for (Function<String, MockHttpServletRequestBuilder> route : routes()) {
            String what = "route " + n++ + " " + route.apply(id).buildRequest(new org.springframework.mock.web.MockServletContext())
                    .getRequestURI();
            org.springframework.mock.web.MockHttpServletResponse answer = mvc.perform(route.apply(id).with(who)
                    .header("Accept-Language", "en")).andReturn().getResponse();
            assertThat(answer.getStatus()).as(what + ": " + answer.getContentAsString(StandardCharsets.UTF_8)).isNotEqualTo(404);
        }
    }

    static String normalised(String body, String id) {
        String reference = "T1-" + id.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        // the page's CSRF token is new on every answer; the rest must be the same to the byte
        return body.replace(id, "#").replace(reference, "T1-#").replaceAll("(name=\"_csrf\" (?:content|value)=\")[^\"]*", "$1");
    }

    @Test
    void aCoordinatorNotAssignedGetsTheMissingIdsAnswerOnEveryRouteOfTheCalculationAndAManagerSeesIt() throws Exception {
        long clientA = client(AMY, "Hidden Calc Traders");
        client(BEN, "Ben's Own Calc Traders");
        String id = save(AMY, clientA);

        notFoundAsAMissingId(BEN, id);
        // nothing moved: the calculation is still a draft of its author
        mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(AMY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));

        for (RequestPostProcessor allowed : new RequestPostProcessor[] {AMY, MONA}) {
            assertThat(mvc.perform(get("/taxes/calculations/" + id).with(allowed).param("lang", "en")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString()).contains("Hidden Calc Traders");
            mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(allowed)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.clientId").value(clientA));
            mvc.perform(get("/taxes/calculations/" + id + "/worksheet.xlsx").with(allowed)).andExpect(status().isOk());
            mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf").with(allowed)).andExpect(status().isOk());
            mvc.perform(get("/taxes/quotations/new").with(allowed).param("from", id)).andExpect(status().isOk());
            mvc.perform(get("/taxes/batch/lines.csv").with(allowed).param("from", id)).andExpect(status().isOk());
            mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/rerun").with(allowed)).andExpect(status().isOk());
        }
        // every route of the list answers the author and a manager: its 404 to Ben is the access rule
        seenOnEveryRoute(AMY, id);
        seenOnEveryRoute(MONA, id);
    }

    @Test
    void theHomePageListsACoordinatorOnlyTheCalculationsOfTheirClientsAndAManagerAll() throws Exception {
        long clientA = client(AMY, "Listed Calc Co");
        String id = save(AMY, clientA);
        assertThat(home(AMY, null)).contains(id).contains("Listed Calc Co");
        assertThat(home(MONA, null)).contains(id).contains("Listed Calc Co");
        assertThat(home(BEN, null)).doesNotContain(id).doesNotContain("Listed Calc Co");
        // filtered by status too
        assertThat(home(BEN, "DRAFT")).doesNotContain(id);
        assertThat(home(AMY, "DRAFT")).contains(id);
        // filtered by the client: the client's own 404, as the pickers answer
        mvc.perform(get("/taxes").with(BEN).param("clientId", String.valueOf(clientA))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/taxes").with(MONA).param("clientId", String.valueOf(clientA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(id);
        // and the facade's list as the page asks it
        assertThat(AsUser.as("ben-t1acc", "COORDINATOR", () -> calculations.search(null, null, 10_000)))
                .noneMatch(s -> s.id().toString().equals(id));
        java.util.Set<ClientId> amys = clients.clientsAssignedTo("amy-t1acc");
        assertThat(AsUser.as("amy-t1acc", "COORDINATOR", () -> calculations.search(null, null, 10_000)))
                .anyMatch(s -> s.id().toString().equals(id))
                .allMatch(s -> s.clientId() == null ? "amy-t1acc".equals(s.createdBy()) : amys.contains(s.clientId()));
    }

    @Test
    void aCalculationWithoutAClientIsSeenByItsAuthorAndTheManagersOnly() throws Exception {
        String id = save(AMY, null);
        assertThat(home(AMY, null)).contains(id);
        assertThat(home(MONA, null)).contains(id);
        assertThat(home(BEN, null)).doesNotContain(id);
        mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(AMY)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(MONA)).andExpect(status().isOk());
        mvc.perform(get("/taxes/calculations/" + id).with(MONA)).andExpect(status().isOk());
        notFoundAsAMissingId(BEN, id);
        seenOnEveryRoute(AMY, id);
        seenOnEveryRoute(MONA, id);
    }

    /**
     * A coordinator's list after a client was taken from her: the rows she saved for it are gone from the very first page,
     * the page is full of what she may see, without a row twice, and it is read in one query however many rows of former
     * clients she wrote (the rule is the query's, not a filter over pages read until full).
     */
    @Test
    void aCoordinatorsListLeavesOutTheRowsOfAClientNoLongerHersInOneFullPage() throws Exception {
        RequestPostProcessor cara = user("cara-t1acc").roles("COORDINATOR");
        long former = client(cara, "Former Calc Client");
        String ownA = save(cara, null);
        String ownB = save(cara, null);
        java.util.Set<String> formers = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            formers.add(save(cara, former)); // the newest rows are those of the client she will lose
        }
        // while the client is hers, its rows are the newest she sees
        assertThat(AsUser.as("cara-t1acc", "COORDINATOR", () -> calculations.search(null, null, 2))).hasSize(2)
                .allMatch(s -> formers.contains(s.id().toString()));
        AsUser.manager(() -> clients.unassign(new ClientId(former), "cara-t1acc"));

        org.hibernate.stat.Statistics stats = jpa.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        boolean was = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        stats.clear();
        List<org.tradedesk.taxes.SavedCalculation.Summary> page;
        try {
            page = AsUser.as("cara-t1acc", "COORDINATOR", () -> calculations.search(null, null, 2));
            long listQueries = java.util.Arrays.stream(stats.getQueries()).filter(q -> q.contains("TaxCalculationEntity"))
                    .mapToLong(q -> stats.getQueryStatistics(q).getExecutionCount()).sum();
            assertThat(listQueries).as("queries of saved calculations for one list").isEqualTo(1);
        } finally {
            stats.setStatisticsEnabled(was);
        }
        assertThat(page).extracting(s -> s.id().toString()).containsExactly(ownB, ownA).doesNotHaveDuplicates()
                .noneMatch(formers::contains);
        assertThat(home(cara, null)).contains(ownA).contains(ownB).doesNotContain("Former Calc Client");
        for (String id : formers) {
            notFoundAsAMissingId(BEN, id);
            mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(cara)).andExpect(status().isNotFound());
        }
    }

    /** Rows saved at the same instant come in one order, every time (the id orders them), so no page repeats or skips one. */
    @Test
    void rowsSavedAtTheSameInstantAreListedInTheOrderOfTheirIds() throws Exception {
        long clientA = client(AMY, "Same Instant Calc Co");
        String first = save(AMY, clientA);
        java.util.List<String> ids = new java.util.ArrayList<>(List.of(first));
        for (int i = 0; i < 6; i++) {
            String copy = UUID.randomUUID().toString();
            jdbc.update("""
                    insert into tax_calculation (id, version, client_id, jurisdiction, calculation_date, status, currency, total_amount,
                        chain_version, request_json, result_json, created_by, created_at)
                    select ?, 0, client_id, jurisdiction, calculation_date, status, currency, total_amount, chain_version, request_json,
                        result_json, created_by, created_at from tax_calculation where id = ?""", UUID.fromString(copy), UUID.fromString(first));
            ids.add(copy);
        }
        List<String> descending = ids.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        for (String who : new String[] {"amy-t1acc", "mona-t1acc"}) {
            String role = who.startsWith("mona") ? "MANAGER" : "COORDINATOR";
            assertThat(AsUser.as(who, role, () -> calculations.search(new ClientId(clientA), null, 10)))
                    .extracting(s -> s.id().toString()).as(who).containsExactlyElementsOf(descending);
            assertThat(AsUser.as(who, role, () -> calculations.search(new ClientId(clientA), null, 3)))
                    .extracting(s -> s.id().toString()).as(who).containsExactlyElementsOf(descending.subList(0, 3));
        }
        assertThat(AsUser.manager(() -> calculations.forClient(new ClientId(clientA)))).extracting(s -> s.id().toString())
                .containsExactlyElementsOf(descending);
    }

    /** The client column holds one form only, the one the list compares: another is refused by the database. */
    @Test
    void theClientColumnTakesTheClientsNumberInOneFormOnly() throws Exception {
        long clientA = client(AMY, "One Form Calc Co");
        String id = save(AMY, clientA);
        assertThat(jdbc.queryForObject("select client_id from tax_calculation where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo(String.valueOf(clientA));
        for (String other : new String[] {"00" + clientA, "client-" + clientA, "0", ""}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("update tax_calculation set client_id = ? where id = ?",
                    other, UUID.fromString(id))).as(other).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
    }

    @Test
    void savingForAClientNotAssignedIsTheUnknownClientsAnswerAndSavesNothing() throws Exception {
        long clientA = client(AMY, "Not Bens Client Ltd");
        String refused = mvc.perform(post("/api/v1/tax/calculations/saved").with(BEN).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clientId\":" + clientA + ",\"request\":" + REQUEST + "}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("clients.client.not-found"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String none = mvc.perform(post("/api/v1/tax/calculations/saved").with(BEN).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clientId\":987654321,\"request\":" + REQUEST + "}"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused.replace("id " + clientA + ".", "id #.")).isEqualTo(none.replace("id 987654321.", "id #."))
                .doesNotContain("Not Bens Client");
        // the quotation form: the same field error as for a client unknown
        String form = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), String.valueOf(clientA)).with(BEN)
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        String formNone = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), "987654321").with(BEN)
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(errors(form)).hasSize(1).isEqualTo(errors(formNone));
        assertThat(errors(form).get(0)).contains("No such client");
        assertThat(form).doesNotContain("Not Bens Client");
        // the batch upload: the unknown client's problem, 422, nothing saved
        for (String client : new String[] {String.valueOf(clientA), "987654321"}) {
            String batch = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/taxes/batch")
                            .file(new org.springframework.mock.web.MockMultipartFile("file", "lines.csv", "text/csv",
                                    BatchPageTest.GOOD.getBytes(StandardCharsets.UTF_8)))
                            .with(csrf()).with(BEN).param("clientId", client).param("jurisdiction", "TW").param("date", "2018-03-01")
                            .param("currency", "TWD").param("incoterm", "CIF").param("exchangeRate", "1").param("allocation", "VALUE")
                            .param("lang", "en"))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(batch).as(client).contains("There is no client with id " + client).doesNotContain("Not Bens Client");
        }
        assertThat(AsUser.manager(() -> calculations.forClient(new ClientId(clientA)))).isEmpty();

        // the author's client and the manager save
        save(AMY, clientA);
        save(MONA, clientA);
        assertThat(AsUser.manager(() -> calculations.forClient(new ClientId(clientA)))).hasSize(2);
    }

    private static List<String> errors(String page) {
        return org.jsoup.Jsoup.parse(page).select("#clientId-error").eachText();
    }

    private String home(RequestPostProcessor who, String status) throws Exception {
        MockHttpServletRequestBuilder request = get("/taxes").with(who).param("lang", "en");
        if (status != null) {
            request.param("status", status);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
