package org.tradedesk.markets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to analyse: the series (reporter, partner, flow, product, frequency, years) and the method's parameters —
 * {@code at} the change or break period (a year, or year + (month − 1)/12), {@code comparison} markets for
 * difference-in-differences, {@code explanatory} a series typed as {@code year=value} pairs (e.g. GDP) for lagged
 * association, {@code lags}, {@code horizon} of a forecast, {@code seasonality} ADDITIVE or MULTIPLICATIVE, {@code year}
 * and {@code by} for concentration. A typed explanatory series is named, sourced and given its unit
 * ({@code explanatoryName} "GDP, current US$", {@code explanatorySource} "World Bank WDI NY.GDP.MKTP.CD, 2026-07-01",
 * {@code explanatoryUnit} "US$"): required with it, kept with a shared analysis (its request is stored as it is) and printed
 * with the figures.
 */
public record AnalysisRequest(String method, String reporter, String partner, String flow, String product, String frequency,
                              Integer from, Integer to, Double at, List<String> comparison, String explanatory, Integer lags,
                              Integer horizon, String seasonality, Integer year, String by, String explanatoryName,
                              String explanatorySource, String explanatoryUnit, String explanatoryScale) {

    /**
     * {@code explanatoryScale}: LOG (logarithms, the default for a series above 0) or LEVEL (the values as typed: a tariff rate
     * of 0, a negative growth rate); null: LOG when every value is above 0, else LEVEL, said in the result (review t2fixL 2).
     */
    public AnalysisRequest(String method, String reporter, String partner, String flow, String product, String frequency,
                           Integer from, Integer to, Double at, List<String> comparison, String explanatory, Integer lags,
                           Integer horizon, String seasonality, Integer year, String by, String explanatoryName,
                           String explanatorySource, String explanatoryUnit) {
        this(method, reporter, partner, flow, product, frequency, from, to, at, comparison, explanatory, lags, horizon, seasonality,
                year, by, explanatoryName, explanatorySource, explanatoryUnit, null);
    }

    /** The longest name, source or unit of an explanatory series taken. */
    public static final int MAX_EXPLANATORY_TEXT = 300;

    public AnalysisRequest(String method, String reporter, String partner, String flow, String product, String frequency,
                           Integer from, Integer to, Double at, List<String> comparison, String explanatory, Integer lags,
                           Integer horizon, String seasonality, Integer year, String by) {
        this(method, reporter, partner, flow, product, frequency, from, to, at, comparison, explanatory, lags, horizon, seasonality,
                year, by, null, null, null);
    }

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
        put(p, "explanatoryName", explanatoryName);
        put(p, "explanatorySource", explanatorySource);
        put(p, "explanatoryUnit", explanatoryUnit);
        put(p, "explanatoryScale", explanatoryScale);
        return p;
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            String s = value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : value.toString();
            p.put(key, s);
        }
    }
}
