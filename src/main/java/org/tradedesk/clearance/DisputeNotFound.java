package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

public class DisputeNotFound extends TradedeskException {

    private DisputeNotFound(String code, String message, Object... args) {
        super(Kind.NOT_FOUND, code, message, args);
    }

    public static DisputeNotFound forIds(long transactionId, long disputeId) {
        return new DisputeNotFound("clearance.dispute.not-found", "no dispute " + disputeId + " in clearance transaction " + transactionId);
    }
}
