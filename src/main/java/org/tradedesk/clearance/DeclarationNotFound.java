package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

public class DeclarationNotFound extends TradedeskException {

    private DeclarationNotFound(long transactionId, long id) {
        super(Kind.NOT_FOUND, "clearance.declaration.not-found", "no declaration " + id + " in clearance transaction " + transactionId,
                String.valueOf(id), String.valueOf(transactionId));
    }

    public static DeclarationNotFound of(long transactionId, long id) {
        return new DeclarationNotFound(transactionId, id);
    }
}
