package org.tradedesk.taxes.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tradedesk.taxes.TaxInputInvalid;

/** Reads the measure overrides typed on a line ({@code duty=5%; commodityTax=30%}) into the engine's map. */
final class MeasuresText {

    private MeasuresText() {
    }

    /** The map typed back as text ({@code duty=17.5%; commodityTax=30%}), for a copied quotation. */
    static String format(Map<String, String> measures) {
        return measures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    static Map<String, String> parse(String text) {
        Map<String, String> measures = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return measures;
        }
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1 || part.substring(eq + 1).isBlank()) {
                throw TaxInputInvalid.field("measures", org.tradedesk.shared.MessageText.of("taxes.reason.measures.pair",
                        org.tradedesk.shared.MessageText.Arg.literal(part.trim())));
            }
            measures.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return measures;
    }
}
