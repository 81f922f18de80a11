package org.tradedesk.marketing.domain;

import java.util.List;

/** A candidate with one score per criterion, in the criteria's order. */
public record Alternative(String name, List<Double> scores) {

    public Alternative {
        scores = scores == null ? null : List.copyOf(scores);
    }
}
