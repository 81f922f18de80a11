package org.tradedesk.markets.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.ComtradeUnavailable;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.TradeRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Comtrade client against an in-process stub server that speaks the API: it serves the recorded answer
 * ({@code markets/comtrade-api/SOURCE.md}) filtered to the periods asked for, so the client's pages are real pages.
 * The records the client gives must be exactly those the Comtrade v1 reader gives for the API's own CSV of the same
 * rows (the data README's file): 173 rows read, China's imports from the USA in 2010 7,903,767,147 USD, the rows broken
 * down by second partner marked so. No network: the stub listens on 127.0.0.1.
 */
class ComtradeClientTest {

    static final String RECORDED = "/markets/comtrade-api/preview_C_A_HS_156_842_8542_2010-2024.json";
    static final String CSV = "/markets/comtrade_v1_CHN_imports_from_USA_HS8542_2010_2024.csv";

    HttpServer server;
    final List<String> asked = new CopyOnWriteArrayList<>();
    final List<String> keys = new CopyOnWriteArrayList<>();
    final AtomicInteger failFirst = new AtomicInteger();
    volatile int status = 200;
    volatile long delayMillis;
    JsonNode recorded;

    @BeforeEach
    void stub() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(RECORDED)) {
            // decimals kept as written (7903767147.0), as the service sends them
            recorded = JsonMapper.builder().enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build().readTree(in.readAllBytes());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.add(exchange.getRequestURI().toString());
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Ocp-Apim-Subscription-Key")));
            byte[] body;
            int code;
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failFirst.getAndDecrement() > 0) {
                code = 429;
                body = "{\"statusCode\":429,\"message\":\"Rate limit is exceeded.\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Retry-After", "0");
            } else if (status != 200) {
                code = status;
                body = ("{\"statusCode\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            } else {
                code = 200;
                body = answer(exchange.getRequestURI().getRawQuery());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** The recorded answer, only the records of the periods asked for (as the service does). */
    byte[] answer(String rawQuery) {
        Map<String, String> q = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        Set<String> periods = Arrays.stream(q.get("period").split(",")).collect(Collectors.toSet());
        ObjectNode out = ((ObjectNode) recorded).deepCopy();
        ArrayNode data = out.putArray("data");
        for (JsonNode r : recorded.get("data")) {
            if (periods.contains(r.get("period").asString()) && q.get("reporterCode").equals(r.get("reporterCode").asString())) {
                data.add(r);
            }
        }
        out.put("count", data.size());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    ComtradeClient client(String key, int retries, Duration timeout, long maxBytes) {
        return new ComtradeClient(new ComtradeClient.Settings("http://127.0.0.1:" + server.getAddress().getPort() + "/", key, timeout,
                maxBytes, 10_000, 5, retries, Duration.ofMillis(10)));
    }

    static final ComtradeClient.Query CHINA_FROM_USA = new ComtradeClient.Query("A", "156", "842", "M", "8542", 2010, 2024);

    record Read(List<TradeRow> rows, List<Rejection> rejected, long rowsRead) {
    }

    static Read read(byte[] file) {
        List<TradeRow> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        TradeFileReader.Outcome o = TradeFileReader.read(new ByteArrayInputStream(file), file.length, null, new RowSink() {
            @Override
            public void row(TradeRow row) {
                rows.add(row);
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
            }
        }, null);
        return new Read(rows, rejected, o.rowsRead());
    }

    @Test
    void thePublicPreviewGivesTheSameRecordsAsTheApisCsvPageByPage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComtradeClient.Fetched fetched = client(null, 0, Duration.ofSeconds(10), 5_000_000).fetch(CHINA_FROM_USA, out);
        // 15 years in pages of 5: three calls, all to the keyless preview endpoint
        assertThat(fetched.calls()).isEqualTo(3);
        assertThat(asked).allSatisfy(u -> assertThat(u).startsWith("/public/v1/preview/C/A/HS?reporterCode=156&partnerCode=842&flowCode=M"
                + "&cmdCode=8542&period="));
        assertThat(asked.get(0)).contains("period=2010%2C2011%2C2012%2C2013%2C2014");
        assertThat(keys).containsOnly("null");
        assertThat(fetched.records()).isEqualTo(173);

        Read fromApi = read(out.toByteArray());
        byte[] csv;
        try (InputStream in = getClass().getResourceAsStream(CSV)) {
            csv = in.readAllBytes();
        }
        Read fromFile = read(csv);
        assertThat(fromFile.rowsRead()).isEqualTo(173);
        assertThat(fromApi.rowsRead()).isEqualTo(173);
        assertThat(fromApi.rows()).hasSameSizeAs(fromFile.rows()).containsExactlyInAnyOrderElementsOf(fromFile.rows());
        assertThat(fromApi.rejected()).isEqualTo(fromFile.rejected());
        TradeRow first = fromApi.rows().stream().filter(r -> r.year() == 2010 && !r.breakdown()).findFirst().orElseThrow();
        assertThat(first.valueUsd()).isEqualByComparingTo("7903767147");
        assertThat(first.reporterIso3()).isEqualTo("CHN");
        assertThat(fromApi.rows()).anySatisfy(r -> assertThat(r.breakdown()).isTrue());
    }

    @Test
    void theKeyedEndpointSendsTheKeyAndARefusedKeyIsNamed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        client("secret-key", 0, Duration.ofSeconds(10), 5_000_000)
                .fetch(new ComtradeClient.Query("A", "156", "842", "M", "8542", 2019, 2020), out);
        assertThat(asked).singleElement().satisfies(u -> assertThat(u).startsWith("/data/v1/get/C/A/HS?"));
        assertThat(keys).containsExactly("secret-key");
        status = 401;
        assertThatThrownBy(() -> client("wrong", 3, Duration.ofSeconds(10), 5_000_000).fetch(CHINA_FROM_USA, new ByteArrayOutputStream()))
                .isInstanceOf(ComtradeUnavailable.class).hasFieldOrPropertyWithValue("messageCode", "markets.comtrade.key");
        assertThat(asked).hasSize(2); // a refused key is not retried
    }

    @Test
    void aRateLimitIsRetriedAndTheBoundsHold() {
        failFirst.set(2);
        ComtradeClient.Fetched fetched = client(null, 3, Duration.ofSeconds(10), 5_000_000)
                .fetch(new ComtradeClient.Query("A", "156", "842", "M", "8542", 2019, 2020), new ByteArrayOutputStream());
        assertThat(asked).hasSize(3); // two 429s, then the answer
        assertThat(fetched.records()).isGreaterThan(0);

        failFirst.set(10);
        assertThatThrownBy(() -> client(null, 2, Duration.ofSeconds(10), 5_000_000).fetch(CHINA_FROM_USA, new ByteArrayOutputStream()))
                .isInstanceOf(ComtradeUnavailable.class).hasFieldOrPropertyWithValue("messageCode", "markets.comtrade.unreachable");
        failFirst.set(0);
        assertThatThrownBy(() -> client(null, 0, Duration.ofSeconds(10), 1000).fetch(CHINA_FROM_USA, new ByteArrayOutputStream()))
                .isInstanceOf(ComtradeUnavailable.class).hasFieldOrPropertyWithValue("messageCode", "markets.comtrade.too-large");
        delayMillis = 1500;
        assertThatThrownBy(() -> client(null, 0, Duration.ofMillis(300), 5_000_000).fetch(CHINA_FROM_USA, new ByteArrayOutputStream()))
                .isInstanceOf(ComtradeUnavailable.class).hasFieldOrPropertyWithValue("messageCode", "markets.comtrade.unreachable")
                .hasMessageContaining("timeout");
    }

    @Test
    void anUnreachableServiceIsWordedWithoutExceptionNames() throws Exception {
        // acceptance review F6: the problem read "（ConnectException: null）"
        int closed;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        ComtradeClient offline = new ComtradeClient(new ComtradeClient.Settings("http://127.0.0.1:" + closed + "/", null,
                Duration.ofSeconds(5), 5_000_000, 10_000, 5, 0, Duration.ofMillis(10)));
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/markets");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        assertThatThrownBy(() -> offline.fetch(CHINA_FROM_USA, new ByteArrayOutputStream())).isInstanceOfSatisfying(ComtradeUnavailable.class, e -> {
            assertThat(e.messageCode()).isEqualTo("markets.comtrade.unreachable");
            String en = bundles.getMessage(e.messageCode(), e.arguments(), java.util.Locale.ENGLISH);
            String zh = bundles.getMessage(e.messageCode(), e.arguments(), java.util.Locale.TAIWAN);
            assertThat(en).contains("the service could not be reached").doesNotContain("Exception");
            assertThat(zh).contains("無法連線至該服務").doesNotContain("Exception");
        });
    }

    @Test
    void queryFieldsThatAreNotValidAreEachNamedWithTheirReason() {
        // acceptance review F6: "The parameter from is not valid: "1900–2100"" — no reason, one field only
        assertThatThrownBy(() -> client(null, 0, Duration.ofSeconds(5), 5_000_000)
                .fetch(new ComtradeClient.Query("Q", "156", "842", "M", "8542", 1900, 2100), new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(org.tradedesk.markets.ParameterInvalid.class, e -> {
                    assertThat(e.all()).extracting(org.tradedesk.markets.ParameterInvalid::field).containsExactly("frequency", "from", "to");
                    assertThat(e.all().get(1).getMessage()).contains("markets.query.reason.year-range");
                    assertThat(e.all().get(2).getMessage()).contains("markets.query.reason.years-span"); // 1900–2100: over 40 years
                });
        assertThat(asked).isEmpty();
    }
}
