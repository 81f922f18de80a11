package org.tradedesk.marketing.domain;

import java.util.List;

/** What a selection run works on; {@code pairwise} (criteria × criteria) only for AHP. */
public record SelectionInput(SelectionMethod method, List<Criterion> criteria, List<List<Double>> pairwise,
        List<Alternative> alternatives) {

    public SelectionInput {
        criteria = criteria == null ? null : List.copyOf(criteria);
        alternatives = alternatives == null ? null : List.copyOf(alternatives);
        pairwise = pairwise == null ? null : pairwise.stream().map(r -> r == null ? null : List.copyOf(r)).toList();
    }
}
