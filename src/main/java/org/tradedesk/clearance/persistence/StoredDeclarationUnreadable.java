package org.tradedesk.clearance.persistence;

/**
 * A declaration row whose stored JSON cannot be read back as a declaration message (written by an older build, edited by
 * hand, cut short): which file and which row, with the reader's error as the cause. The data is ours, not the user's input,
 * so it is no 4xx; a reader that can go on without the row (the home page's work queue) flags the file instead of failing.
 */
public class StoredDeclarationUnreadable extends RuntimeException {

    private final long transactionId;
    private final long declarationId;

    StoredDeclarationUnreadable(long transactionId, long declarationId, Throwable cause) {
        super("declaration " + declarationId + " of transaction " + transactionId + " cannot be read: " + cause.getMessage(), cause);
        this.transactionId = transactionId;
        this.declarationId = declarationId;
    }

    public long transactionId() {
        return transactionId;
    }

    public long declarationId() {
        return declarationId;
    }
}
