package org.tradedesk.markets.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tradedesk.markets.AnalysisRequest;
import org.tradedesk.shared.TradedeskException;

/** An {@link AnalysisRequest} read from query parameters (the page form, the REST call, the export links). */
public final class AnalysisParameters {

    private AnalysisParameters() {
    }

    public static AnalysisRequest from(Map<String, String> p) {
        String comparison = p.get("comparison");
        List<String> comp = comparison == null || comparison.isBlank() ? List.of()
                : Arrays.stream(comparison.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return new AnalysisRequest(p.get("method"), p.get("reporter"), p.get("partner"), p.get("flow"), p.get("product"),
                p.get("frequency"), integer(p, "from"), integer(p, "to"), number(p, "at"), comp, p.get("explanatory"), integer(p, "lags"),
                integer(p, "horizon"), p.get("seasonality"), integer(p, "year"), p.get("by"), p.get("explanatoryName"),
                p.get("explanatorySource"), p.get("explanatoryUnit"), p.get("explanatoryScale"));
    }

    static Double number(Map<String, String> p, String field) {
        String v = p.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new org.tradedesk.markets.ParameterInvalid(field, v);
        }
    }

    static Integer integer(Map<String, String> p, String field) {
        Double d = number(p, field);
        if (d != null && (d != Math.rint(d) || Math.abs(d) > 1e6)) {
            throw new org.tradedesk.markets.ParameterInvalid(field, p.get(field));
        }
        return d == null ? null : d.intValue();
    }
}
