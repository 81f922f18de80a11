package org.tradedesk.clearance;

import org.tradedesk.clearance.messages.CustomsResponse;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * The same customs response file (same SHA-256) is already recorded in the file: it is not recorded twice (409). The
 * earlier response is named as users know it ({@link ResponseView#named(CustomsResponse)}: kind, date, customs' reference);
 * its id is kept for machines ({@link #existingResponseId()}).
 */
public class DuplicateResponse extends TradedeskException {

    private final long existingResponseId;
    private final transient MessageText existingResponse;

    private DuplicateResponse(long transactionId, long existingResponseId, MessageText existingResponse) {
        super(Kind.CONFLICT, MessageText.of("clearance.response.duplicate", MessageText.Arg.message(existingResponse)),
                "transaction " + transactionId + " already holds this response as response " + existingResponseId);
        this.existingResponseId = existingResponseId;
        this.existingResponse = existingResponse;
    }

    public static DuplicateResponse of(long transactionId, long existingResponseId, CustomsResponse existing) {
        return new DuplicateResponse(transactionId, existingResponseId, ResponseView.named(existing));
    }

    /** The response already recorded from this file. */
    public long existingResponseId() {
        return existingResponseId;
    }

    /** That response as users know it. */
    public MessageText existingResponse() {
        return existingResponse;
    }
}
