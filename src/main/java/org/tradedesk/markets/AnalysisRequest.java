package org.tradedesk.markets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to analyse: the series (reporter, partner, flow, product, frequency, years) and the method's parameters —
 * {@code at} the change or break period (a year, or year + (month − 1)/12), {@code comparison} markets for
 * difference-in-differences, {@code explanatory} a series typed as {@code year=value} pairs (e.g. GDP) for lagged
 * association, {@code lags}, {@code horizon} of a forecast, {@code seasonality} ADDITIVE or MULTIPLICATIVE, {@code year}
 * and {@code by} for concentration.
 */
public record AnalysisRequest(String method, String reporter, String partner, String flow, String product, String frequency,
                              Integer from, Integer to, Double at, List<String> comparison, String explanatory, Integer lags,
                              Integer horizon, String seasonality, Integer year, String by) {

    /** The request as query parameters (to link a page or compute a shared analysis again). */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "method", method);
        put(p, "reporter", reporter);
        put(p, "partner", partner);
        put(p, "flow", flow);
        put(p, "product", product);
        put(p, "frequency", frequency);
        put(p, "from", from);
        put(p, "to", to);
        put(p, "at", at);
        put(p, "comparison", comparison == null || comparison.isEmpty() ? null : String.join(",", comparison));
        put(p, "explanatory", explanatory);
        put(p, "lags", lags);
        put(p, "horizon", horizon);
        put(p, "seasonality", seasonality);
        put(p, "year", year);
        put(p, "by", by);
        return p;
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            String s = value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : value.toString();
            p.put(key, s);
        }
    }
}
