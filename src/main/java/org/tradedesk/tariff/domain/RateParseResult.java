package org.tradedesk.tariff.domain;

import java.util.List;

/**
 * Either the measures of a rate text, or the reason it could not be read (never a guess).
 * {@code unread} lists the parts of a text that was read otherwise but for them, each with its reason:
 * a preference whose rate is unclear does not cost the line its clear general rate.
 */
public record RateParseResult(String originalText, List<RateMeasure> measures, String failure, List<String> unread) {

    public RateParseResult {
        measures = List.copyOf(measures);
        unread = unread == null ? List.of() : List.copyOf(unread);
    }

    static RateParseResult parsed(String text, List<RateMeasure> measures) {
        return new RateParseResult(text, measures, null, List.of());
    }

    static RateParseResult parsed(String text, List<RateMeasure> measures, List<String> unread) {
        return new RateParseResult(text, measures, null, unread);
    }

    static RateParseResult failed(String text, String reason) {
        return new RateParseResult(text, List.of(), reason, List.of());
    }

    public boolean ok() {
        return failure == null;
    }
}
