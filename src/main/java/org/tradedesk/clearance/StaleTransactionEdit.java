package org.tradedesk.clearance;

import org.tradedesk.platform.StaleEdit;

/**
 * The change was made on an older version than the one stored: someone else changed the file in between.
 * One condition, one code in every module ({@value StaleEdit#CODE}).
 */
public class StaleTransactionEdit extends StaleEdit {

    private StaleTransactionEdit(String what, long id, long expected, long actual) {
        super(what, id, expected, actual);
    }

    private StaleTransactionEdit(String what) {
        super(what);
    }

    /**
     * The file's row was taken by another change (a send, a confirmation, a lodgement) that committed while this one
     * waited for it (issue 8 F1): the versions are not known, nothing was changed; reloading and trying again works.
     */
    public static StaleTransactionEdit ofBusyFile(long id) {
        return new StaleTransactionEdit("transaction " + id);
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
