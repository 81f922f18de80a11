package org.tradedesk.marketing.domain;

import java.util.List;

/**
 * The selection criteria KPS1420-002v3 P3.1.4 names: cultural and social appropriateness, cost,
 * feasibility and fit (suitability). Every score is entered on a 1–10 scale; on cost the score says
 * how costly the activity is (1 cheapest, 10 dearest), so less is better there.
 */
public final class StandardCriteria {

    public static final List<String> CODES = List.of("culture", "cost", "feasibility", "fit");
    public static final List<CriterionKind> KINDS = List.of(CriterionKind.BENEFIT, CriterionKind.COST,
            CriterionKind.BENEFIT, CriterionKind.BENEFIT);

    private StandardCriteria() {
    }

    public static List<Criterion> withWeights(List<Double> weights) {
        return java.util.stream.IntStream.range(0, CODES.size())
                .mapToObj(i -> new Criterion(CODES.get(i), KINDS.get(i), weights == null ? null : weights.get(i)))
                .toList();
    }
}
