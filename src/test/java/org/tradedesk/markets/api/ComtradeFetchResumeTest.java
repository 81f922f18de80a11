package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 9: a Comtrade fetch that fails mid-way keeps the pages done and is resumed from the first page not done,
 * against a local stub server speaking the API (the recorded answer filtered to the periods asked for, one year a page).
 * The stub fails the third page with 503 (after the client's retries) until it is healed; the resume asks only for the
 * pages not done, and the dataset holds every record once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class ComtradeFetchResumeTest {

    static final String RECORDED = "/markets/comtrade-api/preview_C_A_HS_156_842_8542_2010-2024.json";
    static HttpServer server;
    static JsonNode recorded;
    static final List<String> asked = new CopyOnWriteArrayList<>();
    static volatile String failing = "2012";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void stub(DynamicPropertyRegistry registry) throws Exception {
        try (InputStream in = ComtradeFetchResumeTest.class.getResourceAsStream(RECORDED)) {
            recorded = JsonMapper.builder().enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build().readTree(in.readAllBytes());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> q = new HashMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                q.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
            asked.add(q.get("period"));
            byte[] body;
            int code;
            Set<String> periods = Arrays.stream(q.get("period").split(",")).collect(Collectors.toSet());
            if (periods.contains(failing)) {
                code = 503;
                body = "{\"statusCode\":503}".getBytes(StandardCharsets.UTF_8);
            } else {
                code = 200;
                body = answer(periods, q.get("reporterCode"));
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        registry.add("tradedesk.markets.comtrade.base-url", () -> "http://127.0.0.1:" + server.getAddress().getPort());
        registry.add("tradedesk.markets.comtrade.periods-per-call", () -> "1");
        registry.add("tradedesk.markets.comtrade.retries", () -> "1");
        registry.add("tradedesk.markets.comtrade.min-interval", () -> "0s");
    }

    @org.junit.jupiter.api.BeforeEach
    void fresh() {
        asked.clear();
        failing = "2012";
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static byte[] answer(Set<String> periods, String reporter) {
        ObjectNode out = ((ObjectNode) recorded).deepCopy();
        ArrayNode data = out.putArray("data");
        for (JsonNode r : recorded.get("data")) {
            if (periods.contains(r.get("period").asString()) && reporter.equals(r.get("reporterCode").asString())) {
                data.add(r);
            }
        }
        out.put("count", data.size());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static int recordsOf(int from, int to) {
        int n = 0;
        for (JsonNode r : recorded.get("data")) {
            int year = Integer.parseInt(r.get("period").asString());
            if (year >= from && year <= to && "156".equals(r.get("reporterCode").asString())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aFetchBrokenOffMidWayIsResumedFromTheFirstPageNotDoneAndEachRecordIsImportedOnce() throws Exception {
        String failed = mvc.perform(post("/api/v1/markets/comtrade-fetches").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"frequency":"A","reporter":"CHN","partner":"USA","flow":"M","product":"8542","from":2010,"to":2014}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("markets.comtrade.broken-off"))
                .andExpect(jsonPath("$.pagesDone").value(2))
                .andExpect(jsonPath("$.pagesTotal").value(5))
                .andExpect(jsonPath("$.detail").value(containsString("after 2 of 5 pages")))
                .andExpect(jsonPath("$.detail").value(containsString("could not be reached")))
                .andReturn().getResponse().getContentAsString();
        long fetch = ((Number) JsonPath.read(failed, "$.fetch")).longValue();
        assertThat(asked).containsExactly("2010", "2011", "2012", "2012"); // the failing page retried once, no page after it
        mvc.perform(get("/api/v1/markets/comtrade-fetches/" + fetch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.pagesDone[*].periods").value(org.hamcrest.Matchers.contains("2010", "2011")));

        asked.clear();
        failing = "none";
        String resumed = mvc.perform(post("/api/v1/markets/comtrade-fetches/" + fetch + "/resume").header("Accept-Language", "en"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.fetch").value(fetch))
                .andExpect(jsonPath("$.calls").value(3))
                .andExpect(jsonPath("$.records").value(recordsOf(2010, 2014)))
                .andReturn().getResponse().getContentAsString();
        assertThat(asked).containsExactly("2012", "2013", "2014");
        long dataset = ((Number) JsonPath.read(resumed, "$.dataset")).longValue();
        String json = "";
        for (int i = 0; i < 200; i++) {
            json = mvc.perform(get("/api/v1/markets/datasets/" + dataset)).andReturn().getResponse().getContentAsString();
            if (!List.of("QUEUED", "RUNNING").contains(JsonPath.read(json, "$.status").toString())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(JsonPath.read(json, "$.status").toString()).isEqualTo("SUCCEEDED");
        assertThat(((Number) JsonPath.read(json, "$.rowsRead")).intValue()).isEqualTo(recordsOf(2010, 2014));
        mvc.perform(get("/api/v1/markets/comtrade-fetches/" + fetch)).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.dataset").value(dataset));

        // resumed again: nothing asked, the same dataset (the same records are not imported twice)
        asked.clear();
        mvc.perform(post("/api/v1/markets/comtrade-fetches/" + fetch + "/resume"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(true))
                .andExpect(jsonPath("$.dataset").value(dataset));
        assertThat(asked).isEmpty();
    }

    /**
     * t2duck: the catalogue page lists a fetch that stopped unfinished with its pages done and a resume button; the button asks
     * only for the pages not done and leads to the dataset, and the fetch leaves the list.
     */
    @Test
    void theCataloguePageListsAStoppedFetchAndItsResumeButtonResumesIt() throws Exception {
        failing = "2016";
        String failed = mvc.perform(post("/api/v1/markets/comtrade-fetches").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"frequency":"A","reporter":"CHN","partner":"USA","flow":"M","product":"8542","from":2015,"to":2017}"""))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        long fetch = ((Number) JsonPath.read(failed, "$.fetch")).longValue();

        String zh = mvc.perform(get("/markets").header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("id=\"markets-stopped-fetches\"").contains("未完成而中止的 Comtrade 擷取")
                .contains("id=\"markets-stopped-fetch-" + fetch + "\"").contains("id=\"markets-resume-fetch-" + fetch + "\"")
                .contains("action=\"/markets/comtrade-fetches/" + fetch + "/resume\"")
                .contains("1／3").contains("HS 8542，2015–2017");
        String en = mvc.perform(get("/markets").header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Comtrade fetches that stopped unfinished").contains(">Resume</button>").contains("1 of 3");

        asked.clear();
        failing = "none";
        String location = mvc.perform(post("/markets/comtrade-fetches/" + fetch + "/resume").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(asked).containsExactly("2016", "2017");
        long dataset = ((Number) JsonPath.read(mvc.perform(get("/api/v1/markets/comtrade-fetches/" + fetch)).andReturn().getResponse()
                .getContentAsString(), "$.dataset")).longValue();
        assertThat(location).isEqualTo("/markets/datasets/" + dataset);
        String after = mvc.perform(get("/markets").header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("id=\"markets-resume-fetch-" + fetch + "\"");
    }
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * t2fixK (code read R11): why a fetch stopped is kept as the cause's message code and arguments, no English text, and read
     * in the reader's language on the catalogue page and in the API; a row stored before (English text only) is still read.
     */
    @Test
    void whyAFetchStoppedIsStoredAsACodeAndWordedInTheReadersLanguage() throws Exception {
        failing = "2019";
        String failed = mvc.perform(post("/api/v1/markets/comtrade-fetches").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"frequency":"A","reporter":"CHN","partner":"USA","flow":"M","product":"8542","from":2018,"to":2019}"""))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        long fetch = ((Number) JsonPath.read(failed, "$.fetch")).longValue();
        Map<String, Object> row = jdbc.queryForMap("select failure, failure_code, failure_args from markets_comtrade_fetch where id = ?", fetch);
        assertThat(row.get("failure")).isNull();
        assertThat(row.get("failure_code")).isEqualTo("markets.comtrade.unreachable");
        assertThat((String) row.get("failure_args")).doesNotContain("could not be reached");
        String en = mvc.perform(get("/markets").header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String zh = mvc.perform(get("/markets").header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String enWhy = why(en, fetch);
        String zhWhy = why(zh, fetch);
        assertThat(enWhy).contains("UN Comtrade could not be reached");
        assertThat(zhWhy).contains("UN Comtrade").doesNotContain("could not be reached").containsPattern("[\\u4e00-\\u9fff]");
        mvc.perform(get("/api/v1/markets/comtrade-fetches/" + fetch).header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$.failureCode").value("markets.comtrade.unreachable"))
                .andExpect(jsonPath("$.failure").value(zhWhy));

        // a row stored before t2fixK: the English text only, still listed and read
        jdbc.update("update markets_comtrade_fetch set failure = ?, failure_code = null, failure_args = null where id = ?",
                "UN Comtrade could not be reached (http://old): nothing was stored", fetch);
        String old = mvc.perform(get("/markets").header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(why(old, fetch)).contains("UN Comtrade could not be reached (http://old)").contains("僅有英文");
        mvc.perform(get("/api/v1/markets/comtrade-fetches/" + fetch).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.failure").value(containsString("recorded in English only")));
    }

    /** The "why" cell of a stopped fetch's row on the catalogue page, its HTML entities read. */
    static String why(String page, long fetch) {
        int row = page.indexOf("id=\"markets-stopped-fetch-" + fetch + "\"");
        assertThat(row).as("fetch %d listed", fetch).isPositive();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("markets-stopped-why\">([^<]*)<").matcher(page.substring(row));
        assertThat(m.find()).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
    }

    /** t2fixK: a resume from the catalogue page that fails again leads back to it with why, in the reader's language. */
    @Test
    void aResumeThatFailsAgainShowsAFlashMessageOnTheCatalogue() throws Exception {
        failing = "2021";
        String failed = mvc.perform(post("/api/v1/markets/comtrade-fetches").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"frequency":"A","reporter":"CHN","partner":"USA","flow":"M","product":"8542","from":2020,"to":2021}"""))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        long fetch = ((Number) JsonPath.read(failed, "$.fetch")).longValue();
        for (String[] l : new String[][] {{"zh-TW", "擷取"}, {"en", "The fetch stopped after 1 of 2 pages"}}) {
            org.springframework.test.web.servlet.MvcResult again = mvc.perform(post("/markets/comtrade-fetches/" + fetch + "/resume")
                            .header("Accept-Language", l[0])
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn();
            assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/markets");
            String page = mvc.perform(get("/markets").header("Accept-Language", l[0]).flashAttrs(again.getFlashMap()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"markets-resume-failed\"[^>]*>([^<]+)<").matcher(page);
            assertThat(m.find()).as(page).isTrue();
            String flash = org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
            assertThat(flash).contains(l[1]);
            if (l[0].equals("zh-TW")) {
                assertThat(flash).doesNotContain("could not be reached", "The fetch stopped");
            } else {
                assertThat(flash).contains("could not be reached");
            }
            assertThat(page).contains("id=\"markets-resume-fetch-" + fetch + "\"");
        }
    }
}
