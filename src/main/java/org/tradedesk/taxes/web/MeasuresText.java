package org.tradedesk.taxes.web;

import java.util.Map;

/** Reads the measure overrides typed on a line ({@code duty=5%; commodityTax=30%}) into the engine's map. */
final class MeasuresText {

    private MeasuresText() {
    }

    /** The map typed back as text ({@code duty=17.5%; commodityTax=30%}), for a copied quotation. */
    static String format(Map<String, String> measures) {
        return org.tradedesk.taxes.TaxRequestLine.measuresText(measures);
    }

    /** One reading of typed measures, the engine API's ({@link org.tradedesk.taxes.TaxRequestLine#measuresTyped}). */
    static Map<String, String> parse(String text) {
        return org.tradedesk.taxes.TaxRequestLine.measuresTyped(text);
    }
}
