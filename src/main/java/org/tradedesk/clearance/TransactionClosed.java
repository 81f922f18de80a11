package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** A closed transaction is a record: nothing in it changes any more. */
public class TransactionClosed extends TradedeskException {

    private TransactionClosed(Long id) {
        super(Kind.CONFLICT, "clearance.transaction.closed", "clearance transaction " + id + " is closed and read-only",
                String.valueOf(id));
    }

    public static TransactionClosed forId(Long id) {
        return new TransactionClosed(id);
    }
}
