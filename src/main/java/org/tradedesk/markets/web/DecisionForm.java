package org.tradedesk.markets.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradedesk.markets.ResearchProjects;

/**
 * Records a decision on a project page: the figures to score on (dataset, flow, product, years, weights, typed tariffs
 * {@code CHN=0; KOR=8}, sensitivity) and the markets chosen, one a line as {@code KOR: reason} (the reason may be empty;
 * the decision check then says so).
 */
record DecisionForm(
        @NotNull Long dataset,
        @Pattern(regexp = "[MXmx]?") String flow,
        @Size(max = 11) @Pattern(regexp = "[0-9]*") String product,
        @DecimalMin("1900") @DecimalMax("2100") Integer from,
        @DecimalMin("1900") @DecimalMax("2100") Integer to,
        @DecimalMin("0") Double demandSize,
        @DecimalMin("0") Double demandGrowth,
        @DecimalMin("0") Double supplierConcentration,
        @DecimalMin("0") Double unitValue,
        @DecimalMin("0") Double tariff,
        @Size(max = 1000) @Pattern(regexp = "(\\s*[A-Za-z]{3}\\s*=\\s*[0-9]+(\\.[0-9]+)?\\s*[;,\\n]?)*\\s*") String tariffs,
        @DecimalMin("0") @DecimalMax("1") Double sensitivity,
        @NotBlank @Size(max = 20000) @Pattern(regexp = "(?s)(\\s*[A-Za-z]{3}\\s*(:[^\\n]*)?\\n?)+") String choices) {

    static DecisionForm empty(Long dataset) {
        return new DecisionForm(dataset, "M", null, null, null, 40.0, 40.0, null, null, 20.0, null, 0.2, null);
    }

    Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        put(w, "DEMAND_SIZE", demandSize);
        put(w, "DEMAND_GROWTH", demandGrowth);
        put(w, "SUPPLIER_CONCENTRATION", supplierConcentration);
        put(w, "UNIT_VALUE", unitValue);
        put(w, "TARIFF", tariff);
        return w;
    }

    private static void put(Map<String, Double> w, String k, Double v) {
        if (v != null && v > 0) {
            w.put(k, v);
        }
    }

    Map<String, Double> tariffRates() {
        Map<String, Double> t = new LinkedHashMap<>();
        if (tariffs != null) {
            for (String pair : tariffs.split("[;,\\n]+")) {
                String[] kv = pair.split("=");
                if (kv.length == 2) {
                    t.put(kv[0].trim().toUpperCase(java.util.Locale.ROOT), Double.valueOf(kv[1].trim()));
                }
            }
        }
        return t;
    }

    List<ResearchProjects.Choice> chosen() {
        List<ResearchProjects.Choice> out = new ArrayList<>();
        for (String line : ProjectForm.lines(choices)) {
            int colon = line.indexOf(':');
            String market = (colon < 0 ? line : line.substring(0, colon)).trim();
            String reason = colon < 0 ? "" : line.substring(colon + 1).trim();
            out.add(new ResearchProjects.Choice(market, reason));
        }
        return out;
    }

    ResearchProjects.ScoringRequest scoring() {
        return new ResearchProjects.ScoringRequest(dataset, flow, product, from, to, weights(), tariffRates(), sensitivity);
    }
}
