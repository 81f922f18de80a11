package org.tradedesk.markets.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tradedesk.markets.ComtradeUnavailable;
import org.tradedesk.markets.ParameterInvalid;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the UN Comtrade API v1 (Comtrade Plus): the public preview endpoint
 * {@code {base}/public/v1/preview/C/{freq}/HS} without a key (at most 500 records a call) and the keyed
 * {@code {base}/data/v1/get/C/{freq}/HS} with the subscription key in the {@code Ocp-Apim-Subscription-Key} header.
 * The answer is JSON {@code {"elapsedTime", "count", "data": [ {47 fields} ], "error"}}; its records are written as the
 * API's own CSV (the same 47 columns, in the order of the API's CSV download), which the Comtrade v1 reader reads like
 * any downloaded file — so a fetch gives the same records as importing the CSV.
 *
 * <p>Bounded: each call has a connect and a request timeout, a body larger than {@code maxBytes} is refused, at most
 * {@code maxRecords} records in all; the years are asked for in pages of {@code periodsPerCall}; calls are spaced by
 * {@code minInterval} (the service's rate limit); a 429 or 5xx answer or a timeout is retried up to {@code retries} times
 * with a growing pause ({@code Retry-After} honoured up to a minute). A page is handed on only when complete
 * ({@link #fetchPages}): the fetcher keeps the pages done, so a failed fetch can be resumed from the first page not done.
 */
public final class ComtradeClient {

    /** The 47 columns of the API's CSV, in its order (as in the recorded API CSV in the data README). */
    public static final List<String> COLUMNS = List.of("typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period",
            "reporterCode", "reporterISO", "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc",
            "partner2Code", "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode", "isOriginalClassification",
            "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc", "mosCode", "motCode", "motDesc", "qtyUnitCode",
            "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode", "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt",
            "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag",
            "isReported", "isAggregate");

    public static final String PUBLIC_BASE = "https://comtradeapi.un.org";

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    /** Where and how to call: base URL, key (blank: the public preview endpoint), and the bounds. */
    public record Settings(String baseUrl, String key, Duration timeout, long maxBytes, int maxRecords, int periodsPerCall, int retries,
                           Duration minInterval) {

        public Settings {
            baseUrl = baseUrl == null || baseUrl.isBlank() ? PUBLIC_BASE : baseUrl.strip().replaceAll("/+$", "");
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
            minInterval = minInterval == null ? Duration.ZERO : minInterval;
            if (maxBytes <= 0 || maxRecords <= 0 || periodsPerCall <= 0 || retries < 0) {
                throw new IllegalArgumentException("Comtrade client bounds must be positive");
            }
        }

        boolean keyed() {
            return key != null && !key.isBlank();
        }
    }

    /**
     * What to fetch: frequency A or M, Comtrade reporter and partner codes (numeric; partner 0 = World), flow M or X,
     * HS code, years from–to.
     */
    public record Query(String frequency, String reporter, String partner, String flow, String product, int from, int to) {
    }

    /** What was fetched: the records written, the calls made and the URL of the first (without the key). */
    public record Fetched(int records, int calls, String firstUrl) {
    }

    private final Settings settings;
    private final HttpClient http;
    private long lastCall;

    public ComtradeClient(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public Settings settings() {
        return settings;
    }

    /** Fetches every page of the query and writes the records as the API's CSV to {@code out} (header first). */
    public Fetched fetch(Query q, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(header());
            w.flush();
            Fetched f = fetchPages(q, java.util.Set.of(), (page, periods, csv, records) -> {
                out.write(csv);
                out.flush();
            });
            out.flush();
            return f;
        } catch (IOException e) {
            throw new ComtradeUnavailable("markets.comtrade.unreachable", "Comtrade could not be read: " + e,
                    why("markets.comtrade.why.broken-off"));
        }
    }

    /** The header line of the API's CSV (the 47 columns). */
    public static String header() {
        return String.join(",", COLUMNS) + "\r\n";
    }

    /** Receives each page once it is complete: its number (from 0), periods, CSV lines (no header) and record count. */
    @FunctionalInterface
    public interface PageSink {
        void page(int page, List<String> periods, byte[] csv, int records) throws IOException;
    }

    /** The pages of a query: each a list of periods ({@code periodsPerCall} years, or months of them). */
    public List<List<String>> pages(Query q) {
        check(q);
        List<String> periods = new ArrayList<>();
        for (int y = q.from(); y <= q.to(); y++) {
            if ("M".equals(q.frequency())) {
                for (int m = 1; m <= 12; m++) {
                    periods.add("%d%02d".formatted(y, m));
                }
            } else {
                periods.add(Integer.toString(y));
            }
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < periods.size(); i += settings.periodsPerCall()) {
            pages.add(List.copyOf(periods.subList(i, Math.min(periods.size(), i + settings.periodsPerCall()))));
        }
        return pages;
    }

    /**
     * Fetches the pages of the query not in {@code done}, in order, handing each complete page to {@code sink} (a page that
     * fails is not handed on: the pages before it are kept by the sink, so a later call can continue from it).
     * {@code alreadyRecords} counts the records of the pages done before towards {@code maxRecords}.
     */
    public Fetched fetchPages(Query q, java.util.Set<Integer> done, PageSink sink) {
        return fetchPages(q, done, 0, sink);
    }

    public Fetched fetchPages(Query q, java.util.Set<Integer> done, int alreadyRecords, PageSink sink) {
        List<List<String>> pages = pages(q);
        int records = alreadyRecords;
        int calls = 0;
        String first = null;
        try {
            for (int p = 0; p < pages.size(); p++) {
                if (done.contains(p)) {
                    continue;
                }
                List<String> page = pages.get(p);
                URI uri = uri(q, page);
                first = first == null ? uri.toString() : first;
                JsonNode body = call(uri);
                calls++;
                JsonNode data = body.get("data");
                if (data == null || !data.isArray()) {
                    String error = body.path("error").asString("");
                    throw new ComtradeUnavailable("markets.comtrade.error", "Comtrade answered without data: " + error,
                            error.isBlank() ? "no data array" : error);
                }
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
                int inPage = 0;
                for (JsonNode record : data) {
                    if (++records > settings.maxRecords()) {
                        throw new ComtradeUnavailable("markets.comtrade.too-many", "more than " + settings.maxRecords() + " records",
                                settings.maxRecords());
                    }
                    inPage++;
                    List<String> cells = new ArrayList<>(COLUMNS.size());
                    for (String column : COLUMNS) {
                        cells.add(cell(record.get(column)));
                    }
                    csv.printRecord(cells);
                }
                csv.flush();
                sink.page(p, page, bytes.toByteArray(), inPage);
            }
        } catch (IOException e) {
            throw new ComtradeUnavailable("markets.comtrade.unreachable", "Comtrade could not be read: " + e,
                    why("markets.comtrade.why.broken-off"));
        }
        return new Fetched(records - alreadyRecords, calls, first);
    }

    /** First year Comtrade's API holds, and the most years one fetch may span. */
    static final int FIRST_YEAR = 1962;
    static final int MAX_SPAN = 40;

    /** Every field that is not valid, each with its reason, at once (the markets API's problem shape). */
    private static void check(Query q) {
        ParameterInvalid.throwAll(problems(q));
    }

    /** Every field of the query that is not valid, in the request's order; empty when it is valid. */
    public static java.util.List<ParameterInvalid> problems(Query q) {
        java.util.List<ParameterInvalid> problems = new java.util.ArrayList<>();
        if (!"A".equals(q.frequency()) && !"M".equals(q.frequency())) {
            problems.add(new ParameterInvalid("frequency", q.frequency(), "markets.query.reason.frequency-am"));
        }
        if (q.reporter() == null || !q.reporter().matches("[0-9]{1,4}")) {
            problems.add(new ParameterInvalid("reporter", q.reporter(), "markets.query.reason.comtrade-country"));
        }
        if (q.partner() == null || !q.partner().matches("[0-9]{1,4}")) {
            problems.add(new ParameterInvalid("partner", q.partner(), "markets.query.reason.comtrade-country"));
        }
        if (!"M".equals(q.flow()) && !"X".equals(q.flow())) {
            problems.add(new ParameterInvalid("flow", q.flow(), "markets.query.reason.flow-mx"));
        }
        if (q.product() == null || !q.product().matches("[0-9]{2,6}|TOTAL")) {
            problems.add(new ParameterInvalid("product", q.product(), "markets.query.reason.comtrade-product"));
        }
        if (q.from() < FIRST_YEAR || q.from() > 2100) {
            problems.add(new ParameterInvalid("from", String.valueOf(q.from()), "markets.query.reason.year-range", String.valueOf(FIRST_YEAR), "2100"));
        }
        if (q.to() < FIRST_YEAR || q.to() > 2100) {
            problems.add(new ParameterInvalid("to", String.valueOf(q.to()), "markets.query.reason.year-range", String.valueOf(FIRST_YEAR), "2100"));
        } else if (q.from() > q.to()) {
            problems.add(new ParameterInvalid("to", String.valueOf(q.to()), "markets.query.reason.before-from", String.valueOf(q.from())));
        } else if (q.to() - q.from() > MAX_SPAN) {
            problems.add(new ParameterInvalid("to", String.valueOf(q.to()), "markets.query.reason.years-span", String.valueOf(MAX_SPAN)));
        }
        return problems;
    }

    /** A reason worded in the reader's language (resolved with the message that carries it). */
    private static org.springframework.context.MessageSourceResolvable why(String code, Object... args) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {code}, args, code);
    }

    public URI uri(Query q, List<String> periods) {
        String path = settings.keyed() ? "/data/v1/get/C/" : "/public/v1/preview/C/";
        String query = "reporterCode=" + q.reporter() + "&partnerCode=" + q.partner() + "&flowCode=" + q.flow() + "&cmdCode="
                + enc(q.product()) + "&period=" + enc(String.join(",", periods)) + "&partner2Code=&customsCode=&motCode=";
        return URI.create(settings.baseUrl() + path + q.frequency() + "/HS?" + query);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode call(URI uri) {
        int attempt = 0;
        while (true) {
            pace(Duration.ZERO);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Accept", "application/json").GET();
            if (settings.keyed()) {
                request.header("Ocp-Apim-Subscription-Key", settings.key().strip());
            }
            Duration wait = null;
            String problem;
            Object why;
            try {
                HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status == 200) {
                    return parse(response);
                }
                try (InputStream ignored = response.body()) {
                    problem = "HTTP " + status;
                    why = problem;
                }
                if (status == 401 || status == 403) {
                    throw new ComtradeUnavailable("markets.comtrade.key", "Comtrade refused the key: " + problem, problem);
                }
                if (status != 429 && status < 500) {
                    throw new ComtradeUnavailable("markets.comtrade.error", "Comtrade answered " + problem, problem);
                }
                wait = response.headers().firstValue("Retry-After").map(ComtradeClient::seconds).orElse(null);
            } catch (HttpTimeoutException e) {
                problem = "timeout after " + settings.timeout().toSeconds() + " s";
                why = why("markets.comtrade.why.timeout", settings.timeout().toMillis() / 1000.0);
            } catch (IOException e) {
                problem = e.toString(); // the exception's class and words for the log only (acceptance review F6)
                why = why("markets.comtrade.why.no-connection");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ComtradeUnavailable("markets.comtrade.unreachable", "interrupted", why("markets.comtrade.why.interrupted"));
            }
            if (++attempt > settings.retries()) {
                throw new ComtradeUnavailable("markets.comtrade.unreachable", "Comtrade did not answer after " + attempt + " calls: " + problem,
                        why);
            }
            Duration backoff = settings.minInterval().plusMillis(250L * attempt * attempt);
            pace(wait != null && wait.compareTo(backoff) > 0 ? wait : backoff);
        }
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Math.min(60, Math.max(0, Long.parseLong(retryAfter.strip()))));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Keeps {@code minInterval} (or {@code extra}, when longer) between the start of two calls. */
    private void pace(Duration extra) {
        long gap = Math.max(settings.minInterval().toMillis(), extra.toMillis());
        long due = lastCall + gap;
        long now = System.currentTimeMillis();
        if (lastCall > 0 && now < due) {
            try {
                Thread.sleep(due - now);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ComtradeUnavailable("markets.comtrade.unreachable", "interrupted", why("markets.comtrade.why.interrupted"));
            }
        }
        lastCall = System.currentTimeMillis();
    }

    private JsonNode parse(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            if (body.length > settings.maxBytes()) {
                throw new ComtradeUnavailable("markets.comtrade.too-large", "the answer is larger than " + settings.maxBytes() + " bytes",
                        settings.maxBytes());
            }
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ComtradeUnavailable("markets.comtrade.not-json", "Comtrade's answer is not JSON: " + e.getOriginalMessage(),
                    e.getOriginalMessage());
        }
    }

    /** A JSON value as the API's CSV writes it: empty for null, True/False, numbers as written (7903767147.0 stays so). */
    static String cell(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.decimalValue().toPlainString();
        }
        return v.asString().replace("\r", " ").replace("\n", " ");
    }

    @Override
    public String toString() {
        return "ComtradeClient[" + settings.baseUrl() + (settings.keyed() ? ", keyed" : ", public preview") + "]";
    }
}
