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
        @DecimalMin("0") Double ourShare,
        @Pattern(regexp = "(HIGHER_IS_BETTER|LOWER_IS_BETTER)?") String ourShareDirection,
        @Size(max = 3) @Pattern(regexp = "[0-9A-Za-z]{0,3}") String partner,
        @Size(max = 1000) @Pattern(regexp = "(\\s*[A-Za-z]{3}\\s*=\\s*[0-9]+(\\.[0-9]+)?\\s*[;,\\n]?)*\\s*") String tariffs,
        @DecimalMin("0") @DecimalMax("1") Double sensitivity,
        @NotBlank @Size(max = 20000) @Pattern(regexp = "(?s)(\\s*[A-Za-z]{3}\\s*(:[^\\n]*)?\\n?)+") String choices,
        @Size(max = 2) @Pattern(regexp = "[A-Za-z]{0,2}") String origin,
        @Size(max = 10) @Pattern(regexp = "([0-9]{4}-[0-9]{2}-[0-9]{2})?") String tariffDate,
        @Size(max = 1000) @Pattern(regexp = "(\\s*[A-Za-z]{3}\\s*=\\s*[0-9][0-9.]{1,13}(-[0-9])?\\s*[;,\\n]?)*\\s*") String tariffCodes,
        @Size(max = 5000) @Pattern(regexp = "(?s)(\\s*[A-Za-z]{3}\\s*:[^\\n]*\\n?)*\\s*") String tariffReasons) {

    static DecisionForm empty(Long dataset) {
        return new DecisionForm(dataset, "M", null, null, null, 40.0, 40.0, null, null, 20.0, null, "HIGHER_IS_BETTER", null, null, 0.2, null, null, null, null, null);
    }

    Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        put(w, "DEMAND_SIZE", demandSize);
        put(w, "DEMAND_GROWTH", demandGrowth);
        put(w, "SUPPLIER_CONCENTRATION", supplierConcentration);
        put(w, "UNIT_VALUE", unitValue);
        put(w, "OUR_SHARE", ourShare);
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
        Map<String, String> codes = new LinkedHashMap<>();
        if (tariffCodes != null) {
            for (String pair : tariffCodes.split("[;,\\n]+")) {
                String[] kv = pair.split("=");
                if (kv.length == 2) {
                    codes.put(kv[0].trim().toUpperCase(java.util.Locale.ROOT), kv[1].trim());
                }
            }
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String line : ProjectForm.lines(tariffReasons)) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.substring(colon + 1).isBlank()) {
                reasons.put(line.substring(0, colon).trim().toUpperCase(java.util.Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return new ResearchProjects.ScoringRequest(dataset, flow, product, from, to, weights(), tariffRates(), sensitivity,
                origin == null || origin.isBlank() ? null : origin.strip(), date(tariffDate), codes, reasons,
                partner == null || partner.isBlank() ? null : partner.strip(), ResearchProjectPageController.directions(weights(), ourShareDirection));
    }

    /** A {@code yyyy-mm-dd} date of the tariff, null when blank; a bad one is a worded refusal naming the field. */
    static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.tradedesk.markets.ParameterInvalid("tariffDate", text, "markets.query.reason.not-a-date");
        }
    }
}
