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
 * the tax, penalty, saved-calculation and client APIs, and mutated query parameters for the listings. Each
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
}
