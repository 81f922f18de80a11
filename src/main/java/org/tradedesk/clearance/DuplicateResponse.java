package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** The same customs response file (same SHA-256) is already recorded in the file: it is not recorded twice (409). */
public class DuplicateResponse extends TradedeskException {

    private final long existingResponseId;

    private DuplicateResponse(long transactionId, long existingResponseId) {
        super(Kind.CONFLICT, "clearance.response.duplicate", "transaction " + transactionId + " already holds this response as response "
                + existingResponseId, String.valueOf(existingResponseId));
        this.existingResponseId = existingResponseId;
    }

    public static DuplicateResponse of(long transactionId, long existingResponseId) {
        return new DuplicateResponse(transactionId, existingResponseId);
    }

    /** The response already recorded from this file. */
    public long existingResponseId() {
        return existingResponseId;
    }
}
