package org.tradedesk.clearance;

import java.time.Instant;
import java.util.List;
import org.tradedesk.clearance.domain.RiskRating;
import org.tradedesk.shared.Money;

/**
 * An issue of a file with its alternatives ranked by {@link org.tradedesk.clearance.domain.AlternativeRanking#RULE}
 * (cost, then risk score, then first recorded; rank 1 is best) and the choice, when made.
 */
public record IssueView(long id, long version, long transactionId, String description, String implications, RiskRating risk,
        String owner, IssueStatus status, List<Alternative> alternatives, Choice choice, String createdBy, Instant createdAt) {

    /** {@code costing}: how the cost was reached (the engine's figures and data, the costs entered by hand). */
    public record Alternative(long id, int rank, AlternativeKind kind, String benefits, Money cost, String legalRequirements,
            String risks, String riskManagement, RiskRating risk, AlternativeCosting costing) {

        /** An alternative whose cost was typed by hand. */
        public Alternative(long id, int rank, AlternativeKind kind, String benefits, Money cost, String legalRequirements,
                String risks, String riskManagement, RiskRating risk) {
            this(id, rank, kind, benefits, cost, legalRequirements, risks, riskManagement, risk,
                    AlternativeCosting.typedByHand(cost.currency().value(), cost.amount()));
        }
    }

    public record Choice(long alternativeId, String reasons, String regulationReferences, String confirmedBy, Instant confirmedAt) {
    }

    public Alternative chosen() {
        return choice == null ? null
                : alternatives.stream().filter(a -> a.id() == choice.alternativeId()).findFirst().orElse(null);
    }
}
