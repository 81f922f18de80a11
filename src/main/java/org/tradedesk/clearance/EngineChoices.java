package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the page form of an alternative offers for the tax engine, the same choices as the API's {@code engine}: the lines
 * of the invoice the engine costs (to claim a preference or a TCO on some of them), the preferences the engine offers for
 * the invoice's goods and origins on the file's today (those it would take; any other is refused), whether the jurisdiction's
 * chain knows TCOs (a TCO number) or not (a rate typed by hand), and the invoice's currency (freight and insurance).
 */
public record EngineChoices(List<Line> lines, List<String> preferences, boolean knowsTco, String currency) {

    public EngineChoices {
        lines = List.copyOf(lines);
        preferences = List.copyOf(preferences);
    }

    /** One invoice line as the form lists it. */
    public record Line(int number, String description, String tariffCode, String originCountry, BigDecimal amount) {
    }

    static EngineChoices none(boolean knowsTco) {
        return new EngineChoices(List.of(), List.of(), knowsTco, null);
    }
}
