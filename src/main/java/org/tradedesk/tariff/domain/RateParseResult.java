package org.tradedesk.tariff.domain;

import java.util.List;

/** Either the measures of a rate text, or the reason it could not be read (never a guess). */
public record RateParseResult(String originalText, List<RateMeasure> measures, String failure) {

    public RateParseResult {
        measures = List.copyOf(measures);
    }

    static RateParseResult parsed(String text, List<RateMeasure> measures) {
        return new RateParseResult(text, measures, null);
    }

    static RateParseResult failed(String text, String reason) {
        return new RateParseResult(text, List.of(), reason);
    }

    public boolean ok() {
        return failure == null;
    }
}
