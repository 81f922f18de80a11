package org.tradedesk.clearance.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.Money;

/**
 * The comparison rule of alternative solutions: the lowest cost first; at equal cost the lower risk score
 * (likelihood × impact); at equal cost and risk the one recorded first. Costs in different currencies are not
 * compared (no exchange rate is assumed): the ranking is refused.
 */
public final class AlternativeRanking {

    /** One alternative as the rule sees it. */
    public record Candidate(long id, Money cost, RiskRating risk) {
    }

    public static final Comparator<Candidate> RULE = Comparator.<Candidate, java.math.BigDecimal>comparing(c -> c.cost().amount())
            .thenComparingInt(c -> c.risk().score())
            .thenComparingLong(Candidate::id);

    private AlternativeRanking() {
    }

    /** The candidates best first. */
    public static List<Candidate> rank(List<Candidate> candidates) {
        if (candidates.stream().map(c -> c.cost().currency()).distinct().count() > 1) {
            throw new InvalidValueException("clearance.alternative.currencies-differ",
                    "alternatives in different currencies cannot be ranked by cost");
        }
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(RULE);
        return ranked;
    }
}
