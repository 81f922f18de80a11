package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** The change was made on an older version than the one stored: someone else changed the file in between. */
public class StaleTransactionEdit extends TradedeskException {

    private StaleTransactionEdit(String what, long id, long expected, long actual) {
        super(Kind.CONFLICT, "clearance.stale-edit", what + " " + id + " was changed by someone else (you edited version "
                + expected + ", it is now version " + actual + "); reload it and apply your change again",
                String.valueOf(id), String.valueOf(expected), String.valueOf(actual));
    }

    public static StaleTransactionEdit ofTransaction(long id, long expected, long actual) {
        return new StaleTransactionEdit("transaction", id, expected, actual);
    }

    public static StaleTransactionEdit ofDocument(long id, long expected, long actual) {
        return new StaleTransactionEdit("document", id, expected, actual);
    }

    public static StaleTransactionEdit ofIssue(long id, long expected, long actual) {
        return new StaleTransactionEdit("issue", id, expected, actual);
    }
}
