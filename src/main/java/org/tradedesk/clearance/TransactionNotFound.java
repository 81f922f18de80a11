package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

public class TransactionNotFound extends TradedeskException {

    private TransactionNotFound(long id) {
        super(Kind.NOT_FOUND, "clearance.transaction.not-found", "no clearance transaction with id " + id, String.valueOf(id));
    }

    public static TransactionNotFound forId(long id) {
        return new TransactionNotFound(id);
    }
}
