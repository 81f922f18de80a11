package org.tradedesk.taxes;

import java.util.EnumSet;
import java.util.Set;
import org.tradedesk.shared.TradedeskException;

/**
 * Life of a saved calculation: a coordinator drafts and submits it, a manager approves it
 * (覆核, P1.3.2), and only then can it be sent to the client. The allowed moves live here.
 */
public enum CalculationStatus {
    DRAFT, SUBMITTED, APPROVED, SENT;

    public Set<CalculationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, DRAFT);
            case APPROVED -> EnumSet.of(SENT);
            case SENT -> EnumSet.noneOf(CalculationStatus.class);
        };
    }

    /** Throws a CONFLICT naming both states when the move is not allowed. */
    public CalculationStatus moveTo(CalculationStatus target) {
        if (!next().contains(target)) {
            // the states by their labels in the reader's language (已核准), not the enum's names (acceptance review t1fixG 2)
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, org.tradedesk.shared.MessageText.of("taxes.calculation.status",
                    label(this), label(target)),
                    "a calculation in status " + this + " cannot become " + target + " (allowed: " + next() + ")");
        }
        return target;
    }

    private static org.tradedesk.shared.MessageText.Arg label(CalculationStatus status) {
        return org.tradedesk.shared.MessageText.Arg.message(org.tradedesk.shared.MessageText.of("taxes.page.status." + status.name()));
    }
}
