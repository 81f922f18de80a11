package org.tradedesk.markets.importing;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradedesk.markets.Flow;
import org.tradedesk.markets.Frequency;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeFileRefused;
import org.tradedesk.markets.TradeRow;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * World Bank WITS API response in SDMX-JSON. Values are addressed by series keys ({@code 0:0:0:3:0}: one index a
 * series dimension, into the structure's value lists) and observation keys (into the observation dimension,
 * TIME_PERIOD). The structure may come after the data, so observations are streamed into a compact list (value and
 * key only, bounded by {@link #MAX_OBSERVATIONS}) and resolved at the end. An indicator named in US$ Thousand is
 * multiplied by 1000 exactly; MPRT indicators are imports, XPRT exports.
 */
final class WitsSdmxReader {

    static final int MAX_OBSERVATIONS = 5_000_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Observation(String series, String key, BigDecimal value, long line) {
    }

    private WitsSdmxReader() {
    }

    static TradeFileReader.Outcome read(InputStream in, RowSink sink, TradeFileReader.Progress ticks) {
        List<Observation> observations = new ArrayList<>();
        JsonNode structure = null;
        String dataflow = null;
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new TradeFileRefused("markets.import.not-trade-statistics", "not an SDMX-JSON message", 1, "JSON");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "header" -> {
                        JsonNode header = p.readValueAsTree();
                        dataflow = header.path("id").asString(null);
                    }
                    case "structure" -> structure = p.readValueAsTree();
                    case "dataSets" -> readDataSets(p, observations, ticks);
                    default -> p.skipChildren();
                }
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            if (e instanceof tools.jackson.core.exc.UnexpectedEndOfInputException) {
                // Jackson's English ("Unexpected end-of-input in property name") is no message for the reader
                throw new TradeFileRefused("markets.import.json-cut-off", "the JSON is cut off: " + e.getOriginalMessage(), line, "");
            }
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new TradeFileRefused("markets.import.json-malformed-at", "the JSON is malformed: " + e.getOriginalMessage(), line,
                    String.valueOf(column));
        }
        if (structure == null || structure.path("dimensions").path("series").isEmpty()) {
            throw new TradeFileRefused("markets.import.not-trade-statistics", "an SDMX-JSON message without its structure", 0, "structure");
        }
        JsonNode seriesDims = structure.path("dimensions").path("series");
        JsonNode obsDims = structure.path("dimensions").path("observation");
        int reporterAt = position(seriesDims, "REPORTER");
        int partnerAt = position(seriesDims, "PARTNER");
        int productAt = position(seriesDims, "PRODUCTCODE");
        int indicatorAt = position(seriesDims, "INDICATOR");
        int freqAt = position(seriesDims, "FREQ");
        if (reporterAt < 0 || partnerAt < 0 || productAt < 0 || indicatorAt < 0 || obsDims.isEmpty()) {
            throw new TradeFileRefused("markets.import.not-trade-statistics",
                    "an SDMX-JSON message without REPORTER, PARTNER, PRODUCTCODE, INDICATOR and TIME_PERIOD", 0, "WITS");
        }
        JsonNode time = obsDims.get(0).path("values");
        for (Observation o : observations) {
            try {
                String[] key = o.series().split(":");
                String reporterIso = value(seriesDims, reporterAt, key);
                String partnerIso = value(seriesDims, partnerAt, key);
                String product = value(seriesDims, productAt, key);
                JsonNode indicator = valueNode(seriesDims, indicatorAt, key);
                String indicatorId = indicator.path("id").asString("");
                String indicatorName = indicator.path("name").asString("");
                String frequency = freqAt < 0 ? "A" : value(seriesDims, freqAt, key);
                Flow flow;
                if (indicatorId.startsWith("MPRT")) {
                    flow = Flow.M;
                } else if (indicatorId.startsWith("XPRT")) {
                    flow = Flow.X;
                } else {
                    throw new RowProblem("markets.reject.indicator", "INDICATOR = " + indicatorId);
                }
                if (!"A".equals(frequency)) {
                    throw new RowProblem("markets.reject.frequency", "FREQ = " + frequency);
                }
                int t = Integer.parseInt(o.key());
                if (t < 0 || t >= time.size()) {
                    throw new RowProblem("markets.reject.key", o.series() + " / " + o.key());
                }
                int year = Cells.year(time.get(t).path("id").asString(""), "TIME_PERIOD");
                BigDecimal v = o.value();
                if (v == null) {
                    throw new RowProblem("markets.reject.value-missing", o.series() + " / " + o.key());
                }
                if (indicatorName.toLowerCase(Locale.ROOT).contains("thousand")) {
                    v = v.multiply(BigDecimal.valueOf(1000));
                }
                String reporterCode = ComtradeCountries.code(reporterIso);
                String partnerCode = "WLD".equals(partnerIso) ? ComtradeCountries.WORLD : ComtradeCountries.code(partnerIso);
                sink.row(Cells.stored(new TradeRow(dataflow == null ? "WITS" : dataflow, SourceFormat.WITS_SDMX,
                        reporterCode == null ? reporterIso : reporterCode, reporterIso, partnerCode == null ? partnerIso : partnerCode,
                        null, flow, product, "WITS product group", year, null, Frequency.A, v, null, null, null, false, null, null, false)), o.line(), null);
            } catch (RowProblem problem) {
                sink.rejected(new Rejection(o.line(), problem.code, problem.detail));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                sink.rejected(new Rejection(o.line(), "markets.reject.key", o.series() + " / " + o.key()));
            }
        }
        String units = observations.isEmpty() ? "USD" : TradeRow.THOUSANDS_RULE;
        return new TradeFileReader.Outcome(SourceFormat.WITS_SDMX, "UTF-8 (JSON)", dataflow == null ? "WITS" : dataflow,
                observations.size(), units);
    }

    private static void readDataSets(JsonParser p, List<Observation> out, TradeFileReader.Progress ticks) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!"series".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String series = p.currentName();
                    p.nextToken();
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String f = p.currentName();
                        p.nextToken();
                        if (!"observations".equals(f)) {
                            p.skipChildren();
                            continue;
                        }
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String key = p.currentName();
                            long line = p.currentLocation().getLineNr();
                            p.nextToken(); // [value, attribute...]
                            BigDecimal value = null;
                            if (p.nextToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                                value = p.getDecimalValue();
                            }
                            if (p.currentToken() != JsonToken.END_ARRAY) {
                                while (p.nextToken() != JsonToken.END_ARRAY) {
                                    p.skipChildren();
                                }
                            }
                            if (out.size() >= MAX_OBSERVATIONS) {
                                throw new TradeFileRefused("markets.import.too-large", "more than " + MAX_OBSERVATIONS + " observations",
                                        line, MAX_OBSERVATIONS);
                            }
                            out.add(new Observation(series, key, value, line));
                            ticks.tick();
                        }
                    }
                }
            }
        }
    }

    private static int position(JsonNode dims, String id) {
        for (int i = 0; i < dims.size(); i++) {
            if (id.equals(dims.get(i).path("id").asString(""))) {
                return dims.get(i).path("keyPosition").asInt(i);
            }
        }
        return -1;
    }

    private static JsonNode valueNode(JsonNode dims, int position, String[] key) {
        for (JsonNode d : dims) {
            if (d.path("keyPosition").asInt(-1) == position) {
                return d.path("values").get(Integer.parseInt(key[position]));
            }
        }
        throw new ArrayIndexOutOfBoundsException(position);
    }

    private static String value(JsonNode dims, int position, String[] key) {
        JsonNode v = valueNode(dims, position, key);
        if (v == null) {
            throw new ArrayIndexOutOfBoundsException(position);
        }
        return v.path("id").asString("");
    }
}
