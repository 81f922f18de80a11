package org.tradedesk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The fuzz suite's endpoints (issue 11), through MockMvc with the product's filters: mutated JSON bodies for
 * the tax, penalty, saved-calculation and client APIs, the market research projects and scoring, the marketing
 * selection, and the clearance transactions and issues; mutated query parameters for the listings and the market
 * series. Each
 * answer is below 500, within a time and size budget, and a refused input stored nothing (the rows of the
 * tables it would write are counted before and after). Fixed seed: see {@link Mutations}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "fuzzer", roles = {"MANAGER", "COORDINATOR"})
class EndpointFuzzTest {

    static final long BUDGET_MS = 5_000;
    static final int BUDGET_BYTES = 1_000_000;

    static final String CALCULATION = """
            {"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"FOB","exchangeRate":31.25,"freight":350,
             "insurance":25,"lines":[{"description":"amplifier","tariffCode":"85184000","origin":"CN","value":1000.0,
             "quantity":10,"unit":"No","netMassKg":12.5,"fuelEfficient":false,"measures":{"duty":"7.5%"},
             "options":[{"scheme":"OWN","label":"own","duty":"Free"}]}]}""";
    static final String PENALTY = """
            {"jurisdiction":"TW","date":"2026-03-02","shortfall":12000,"daysLateDeclaration":3,"daysLatePayment":2,
             "unpaidTax":500,"voluntaryDisclosure":true,"businessTaxShortfall":100,"goodsValue":40000}""";
    /** Without a tax id: the suite shares its database with the other tests, which create clients with known ones. */
    static final String CLIENT = """
            {"name":"Fuzz Trading Co","kind":"IMPORTER","country":"TW","preferredLanguage":"EN",
             "registeredAddress":"1 Fuzz Road","notes":"x"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    MvcResult within(MockHttpServletRequestBuilder request, String what, String input) throws Exception {
        long start = System.nanoTime();
        MvcResult r = mvc.perform(request.header("Accept-Language", "zh-TW")).andReturn();
        long ms = (System.nanoTime() - start) / 1_000_000;
        String shown = input.length() > 400 ? input.substring(0, 400) + "…" : input;
        assertThat(r.getResponse().getStatus()).as(what + " status for " + shown + "\n" + r.getResponse().getContentAsString())
                .isLessThan(500);
        assertThat(ms).as(what + " time for " + shown).isLessThan(BUDGET_MS);
        assertThat(r.getResponse().getContentAsByteArray().length).as(what + " size for " + shown).isLessThan(BUDGET_BYTES);
        return r;
    }

    void bodies(String path, String valid, int cases, long seed, String... tables) throws Exception {
        Mutations m = new Mutations(seed);
        for (int i = 0; i < cases; i++) {
            String body = m.json(valid);
            long[] before = new long[tables.length];
            for (int t = 0; t < tables.length; t++) {
                before[t] = rows(tables[t]);
            }
            MvcResult r = within(post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content(body.getBytes(StandardCharsets.UTF_8)), path, body);
            if (r.getResponse().getStatus() >= 400) {
                for (int t = 0; t < tables.length; t++) {
                    assertThat(rows(tables[t])).as("rows of " + tables[t] + " after a refused " + body).isEqualTo(before[t]);
                }
            }
        }
    }

    @Test
    void taxCalculations() throws Exception {
        bodies("/api/v1/tax/calculations", CALCULATION, Mutations.cases(120), Mutations.SEED);
    }

    @Test
    void savedCalculationsStoreNothingWhenRefused() throws Exception {
        bodies("/api/v1/tax/calculations/saved", "{\"request\":" + CALCULATION + "}", Mutations.cases(60), Mutations.SEED + 1,
                "tax_calculation");
    }

    @Test
    void penalties() throws Exception {
        bodies("/api/v1/tax/penalties", PENALTY, Mutations.cases(80), Mutations.SEED + 2);
    }

    @Test
    void clientsStoreNothingWhenRefused() throws Exception {
        bodies("/api/v1/clients", CLIENT, Mutations.cases(60), Mutations.SEED + 3, "client");
    }

    @Test
    void listingsAndSearchesWithMutatedParameters() throws Exception {
        Mutations m = new Mutations(Mutations.SEED + 4);
        String[][] surfaces = {{"/api/v1/clients", "page"}, {"/api/v1/clients", "size"}, {"/api/v1/audit", "page"},
            {"/api/v1/audit", "to"}, {"/api/v1/audit", "from"}, {"/api/v1/tariff/AU/search", "q"}, {"/api/v1/tariff/AU/search", "page"},
            {"/api/v1/clients/1/history", "page"}, {"/api/v1/tax/calculations/saved", "clientId"}};
        String[] values = {"2147483647", "2147483648", "-1", "10737419", "+999999999-12-31", "2026-13-01", "%ED%BF%BF", "１２３", "",
            "\u0000", "1e5", "9999-12-31", "0000-01-01", "x".repeat(3000)};
        for (int i = 0; i < Mutations.cases(150); i++) {
            String[] s = m.pick(surfaces);
            String value = m.nextInt(3) == 0 ? m.text(m.pick(values)) : m.pick(values);
            MockHttpServletRequestBuilder request = get(s[0]).param(s[1], value);
            if (s[0].contains("search") && !s[1].equals("q")) {
                request.param("q", "wine");
            }
            within(request, s[0] + "?" + s[1], value);
        }
        for (String id : new String[] {"１", "٣", "1e3", "-1", "99999999999999999999", "0x10"}) {
            within(get("/api/v1/clients/" + id), "/api/v1/clients/{id}", id);
        }
    }

    static final String SELECTION = """
            {"method":"TOPSIS","criteria":[{"name":"culture","kind":"benefit","weight":0.3},{"name":"cost","kind":"cost","weight":0.2},
             {"name":"feasibility","kind":"benefit","weight":0.2},{"name":"fit","kind":"benefit","weight":0.3}],
             "alternatives":[{"name":"fair","scores":[7,120000,6,8]},{"name":"distributor","scores":[5,30000,9,6]},
             {"name":"ecommerce","scores":[8,250000,4,9]}]}""";
    static final String AHP = """
            {"method":"AHP","criteria":[{"name":"a","kind":"benefit"},{"name":"b","kind":"benefit"},{"name":"c","kind":"cost"}],
             "pairwise":[[1,3,5],[0.3333333333,1,3],[0.2,0.3333333333,1]],
             "alternatives":[{"name":"x","scores":[1,2,3]},{"name":"y","scores":[3,2,1]}]}""";

    @Test
    void marketingSelection() throws Exception {
        bodies("/api/v1/marketing/selection", SELECTION, Mutations.cases(80), Mutations.SEED + 5);
        bodies("/api/v1/marketing/selection", AHP, Mutations.cases(60), Mutations.SEED + 6);
    }

    /** A dataset of its own (the first twelve rows of the data README's portal file: a content no other test imports). */
    long dataset() throws Exception {
        String file;
        try (java.io.InputStream in = getClass().getResourceAsStream(
                "/markets/comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] rows = file.split("\n");
        String part = String.join("\n", java.util.Arrays.copyOf(rows, 13)) + "\n";
        MvcResult r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/markets/datasets")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "fuzz-portal.csv", "text/csv",
                        part.getBytes(StandardCharsets.UTF_8))).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isLessThan(300);
        return ((Number) com.jayway.jsonpath.JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void marketResearchStoresNothingWhenRefused() throws Exception {
        long dataset = dataset();
        String project = """
                {"name":"IC exports","hsCodes":["8542"],"markets":["CHN","KOR","USA"],
                 "questions":["Which market grows fastest?"],"datasets":[%d]}""".formatted(dataset);
        bodies("/api/v1/markets/projects", project, Mutations.cases(60), Mutations.SEED + 7, "markets_research_project");
        MvcResult created = mvc.perform(post("/api/v1/markets/projects").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(project)).andReturn();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        String scoring = """
                {"dataset":%d,"flow":"X","product":"8542","from":2013,"to":2018,
                 "weights":{"DEMAND_SIZE":40,"DEMAND_GROWTH":40,"TARIFF":20},"tariffs":{"CHN":0,"KOR":8,"USA":2},"sensitivity":0.2}"""
                .formatted(dataset);
        bodies("/api/v1/markets/projects/" + id + "/scoring", scoring, Mutations.cases(60), Mutations.SEED + 8);
        bodies("/api/v1/markets/projects/" + id + "/decisions", "{\"scoring\":" + scoring
                + ",\"choices\":[{\"market\":\"CHN\",\"reason\":\"largest\"}]}", Mutations.cases(40), Mutations.SEED + 9,
                "markets_decision");
        Mutations m = new Mutations(Mutations.SEED + 10);
        String[] parameters = {"reporter", "partner", "flow", "product", "frequency", "from", "to"};
        String[] values = {"CHN", "0", "X", "M", "8542", "85", "A", "2013", "2024", "2147483648", "-1", "１２３", "", "\u0000",
            "x".repeat(3000), "%ED%BF%BF", "99999999999999999999"};
        for (int i = 0; i < Mutations.cases(80); i++) {
            String parameter = m.pick(parameters);
            String value = m.nextInt(3) == 0 ? m.text(m.pick(values)) : m.pick(values);
            within(get("/api/v1/markets/datasets/" + dataset + "/series").param("reporter", "CHN").param("flow", "X")
                    .param(parameter, value), "series?" + parameter, value);
            within(get("/api/v1/markets/datasets/" + dataset + "/concentration").param(parameter, value), "concentration?" + parameter, value);
        }
    }

    @Test
    void clearanceStoresNothingWhenRefused() throws Exception {
        MvcResult client = mvc.perform(post("/api/v1/clients").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(CLIENT)).andReturn();
        long clientId = ((Number) com.jayway.jsonpath.JsonPath.read(client.getResponse().getContentAsString(), "$.id")).longValue();
        String transaction = """
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"KHH-0142",
                 "importer":"寶島食品有限公司","exporter":"Barossa Valley Wines","portOfLoading":"AUADL","portOfDischarge":"TWKHH",
                 "arrivalDate":"2026-03-02"}""".formatted(clientId);
        bodies("/api/v1/clearance/transactions", transaction, Mutations.cases(60), Mutations.SEED + 11, "clearance_transaction");
        MvcResult created = mvc.perform(post("/api/v1/clearance/transactions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(transaction)).andReturn();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        bodies("/api/v1/clearance/transactions/" + id + "/issues", """
                {"description":"產地證明未隨貨提供","implications":"無法適用 ANZTEC 優惠稅率","likelihood":4,"impact":4,"owner":"fuzzer"}""",
                Mutations.cases(60), Mutations.SEED + 12, "clearance_issue");
        bodies("/api/v1/clearance/transactions/" + id + "/documents/invoice", """
                {"invoiceNumber":"INV-7","issueDate":"2026-02-20","currency":"USD","sellerName":"Barossa Valley Wines",
                 "sellerCountry":"AU","totalAmount":4200,"grossMassKg":520,"packages":50,"lines":[
                  {"description":"Shiraz 750 ml","tariffCode":"2204.21","originCountry":"AU","quantity":600,"unitCode":"BO",
                   "unitPrice":7,"amount":4200}]}""", Mutations.cases(40), Mutations.SEED + 13, "clearance_document");
    }
}
