package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.importing.DatasetImporter;
import org.tradedesk.markets.persistence.ComtradeFetchStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * t2fixM (code read R6, R7): a Comtrade fetch that stops on an error that is not a worded one (a database error storing a
 * page, a failure handing the pages to the import) is FAILED at once with the error's class, not left RUNNING until stale;
 * a row stored before R11 as {@code "<code>: <English>"} is worded in the reader's language when its code is known.
 * Against a local stub server speaking the API (the recorded answer filtered to the periods asked for).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class ComtradeFetchUnexpectedTest {

    static HttpServer server;
    static JsonNode recorded;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    ComtradeFetchStore store;
    @MockitoSpyBean
    DatasetImporter importer;

    @DynamicPropertySource
    static void stub(DynamicPropertyRegistry registry) throws Exception {
        try (InputStream in = ComtradeFetchUnexpectedTest.class.getResourceAsStream(ComtradeFetchResumeTest.RECORDED)) {
            recorded = JsonMapper.builder().enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .build().readTree(in.readAllBytes());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> q = new HashMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                q.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
            ObjectNode out = ((ObjectNode) recorded).deepCopy();
            ArrayNode data = out.putArray("data");
            for (JsonNode r : recorded.get("data")) {
                if (q.get("period").contains(r.get("period").asString()) && q.get("reporterCode").equals(r.get("reporterCode").asString())) {
                    data.add(r);
                }
            }
            out.put("count", data.size());
            byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        registry.add("tradedesk.markets.comtrade.base-url", () -> "http://127.0.0.1:" + server.getAddress().getPort());
        registry.add("tradedesk.markets.comtrade.periods-per-call", () -> "1");
        registry.add("tradedesk.markets.comtrade.retries", () -> "1");
        registry.add("tradedesk.markets.comtrade.min-interval", () -> "0s");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    long fetch(int from, int to) throws Exception {
        mvc.perform(post("/api/v1/markets/comtrade-fetches").contentType(MediaType.APPLICATION_JSON).content("""
                        {"frequency":"A","reporter":"CHN","partner":"USA","flow":"M","product":"8542","from":%d,"to":%d}"""
                        .formatted(from, to)))
                .andExpect(status().is5xxServerError());
        return jdbc.queryForObject("select max(id) from markets_comtrade_fetch", Long.class);
    }

    /** R6: a page that could not be stored (not a worded error) leaves the fetch FAILED with the error's class, at once. */
    @Test
    void aFetchStoppedByAnErrorWhileFetchingIsFailedWithTheErrorsClass() throws Exception {
        doThrow(new org.springframework.dao.DataIntegrityViolationException("page row refused")).when(store)
                .pageDone(anyLong(), anyInt(), any(), anyInt(), any(), any());
        long fetch = fetch(2010, 2011);
        mvc.perform(get("/api/v1/markets/comtrade-fetches/" + fetch).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.failureCode").value("markets.comtrade.failure.unexpected-class"))
                .andExpect(jsonPath("$.failure").value(containsString("(DataIntegrityViolationException)")))
                .andExpect(jsonPath("$.failure").value(containsString("Fetch " + fetch + " stopped")));
        mvc.perform(get("/api/v1/markets/comtrade-fetches/" + fetch).header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$.failure").value(containsString("非預期的錯誤（DataIntegrityViolationException）")));
        String en = mvc.perform(get("/markets").header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ComtradeFetchResumeTest.why(en, fetch)).contains("DataIntegrityViolationException");
    }

    /** R6: the pages fetched but the import not accepted (not a worded error): FAILED, the error's class kept beside the id. */
    @Test
    void aFetchStoppedByAnErrorHandingItsPagesToTheImportKeepsTheErrorsClass() throws Exception {
        doThrow(new IllegalStateException("disk")).when(importer).submit(any(), any(), any(), anyBoolean());
        long fetch = fetch(2012, 2013);
        mvc.perform(get("/api/v1/markets/comtrade-fetches/" + fetch).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.failureCode").value("markets.comtrade.failure.unexpected-class"))
                .andExpect(jsonPath("$.failure").value(containsString("(IllegalStateException)")));
    }

    /**
     * R7: an old row {@code "<code>: <English>"} whose code is a known message without arguments is worded in the reader's
     * language; one whose code needs arguments the row does not hold, or no known code, keeps its English, said so.
     */
    @Test
    void anOldRowNamingAKnownCodeIsWordedInTheReadersLanguage() throws Exception {
        doThrow(new IllegalStateException("disk")).when(importer).submit(any(), any(), any(), anyBoolean());
        long fetch = fetch(2014, 2014);
        jdbc.update("update markets_comtrade_fetch set failure = ?, failure_code = null, failure_args = null where id = ?",
                "markets.import.queue-full: the queue of import jobs waiting on this instance is full", fetch);
        String zh = mvc.perform(get("/markets").header("Accept-Language", "zh-TW")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ComtradeFetchResumeTest.why(zh, fetch)).contains("此伺服器上等候匯入的檔案已達上限")
                .doesNotContain("queue of import jobs", "markets.import", "僅有英文");
        mvc.perform(get("/api/v1/markets/comtrade-fetches/" + fetch).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.failure").value(containsString("Too many imports are already waiting their turn")))
                .andExpect(jsonPath("$.failure").value(org.hamcrest.Matchers.not(containsString("markets.import"))));

        for (String old : new String[] {"markets.comtrade.unreachable: Comtrade did not answer after 3 calls",
                "markets.no-such-code: something broke"}) {
            jdbc.update("update markets_comtrade_fetch set failure = ? where id = ?", old, fetch);
            String page = mvc.perform(get("/markets").header("Accept-Language", "zh-TW")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(ComtradeFetchResumeTest.why(page, fetch)).contains(old).contains("僅有英文");
        }
    }
}
