package org.tradedesk.marketing.domain;

import java.util.EnumSet;
import java.util.Set;
import org.tradedesk.shared.TradedeskException;

/**
 * Life of one budget version (P3.1.6): a coordinator drafts and submits it; a manager approves it or
 * returns it with a comment (then it can be changed and submitted again). An approved version is
 * locked; a change after approval starts a new version, and when that one is approved the earlier
 * approved version is superseded (kept, viewable, never changed).
 */
public enum BudgetStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, SUPERSEDED;

    public Set<BudgetStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, RETURNED);
            case APPROVED -> EnumSet.of(SUPERSEDED);
            case SUPERSEDED -> EnumSet.noneOf(BudgetStatus.class);
        };
    }

    /** Lines and contingency may be changed only in these states. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Throws a CONFLICT naming both states when the move is not allowed. */
    public BudgetStatus moveTo(BudgetStatus target) {
        if (!next().contains(target)) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "marketing.budget.status",
                    "a budget in status " + this + " cannot become " + target, this.name(), String.valueOf(target));
        }
        return target;
    }
}
