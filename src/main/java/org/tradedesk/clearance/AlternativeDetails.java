package org.tradedesk.clearance;

import org.tradedesk.shared.Money;

/** One alternative solution as recorded: texts the coordinator writes, its cost and its risk (1 to 5 each). */
public record AlternativeDetails(AlternativeKind kind, String benefits, Money cost, String legalRequirements, String risks,
        String riskManagement, int likelihood, int impact) {
}
