package org.tradedesk.marketing.domain;

import java.util.List;

/**
 * The result of a run: the weights used (summing to 1, in the criteria's order), for AHP the
 * consistency index and ratio (null for the other methods) and the ranking, best first.
 */
public record SelectionOutcome(SelectionMethod method, List<Double> weights, Double consistencyIndex,
        Double consistencyRatio, List<RankedAlternative> ranking) {

    public SelectionOutcome {
        weights = List.copyOf(weights);
        ranking = List.copyOf(ranking);
    }

    /** Saaty's threshold: a consistency ratio above 0.10 means the judgements should be revised. */
    public boolean inconsistent() {
        return consistencyRatio != null && consistencyRatio > Ahp.ACCEPTABLE_CONSISTENCY_RATIO;
    }
}
