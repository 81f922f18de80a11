package org.tradedesk.marketing;

import org.tradedesk.shared.TradedeskException;

/** The budget cannot be changed or moved now (under review, approved, or not the reviewer's to decide). */
public class BudgetLocked extends TradedeskException {

    public BudgetLocked(Kind kind, String code, String message, Object... args) {
        super(kind, code, message, args);
    }
}
