package org.tradedesk.marketing.domain;

import java.util.Locale;

/**
 * How the candidate activities are ranked.
 * WEIGHTED: weighted sum of ratio-normalised scores; AHP: weights from the principal eigenvector of
 * the criteria's pairwise comparisons, then the weighted sum; TOPSIS: closeness to the ideal solution.
 */
public enum SelectionMethod {
    WEIGHTED, AHP, TOPSIS;

    public static SelectionMethod parse(String text) {
        if (text == null || text.isBlank()) {
            throw SelectionInputInvalid.noMethod();
        }
        for (SelectionMethod m : values()) {
            if (m.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return m;
            }
        }
        throw SelectionInputInvalid.unknownMethod(text);
    }
}
