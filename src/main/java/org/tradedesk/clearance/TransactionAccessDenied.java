package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** A coordinator works only the files of the clients assigned to them (a manager may open every file). */
public class TransactionAccessDenied extends TradedeskException {

    private TransactionAccessDenied(long clientId, String username) {
        super(Kind.FORBIDDEN, "clearance.access.not-assigned", username + " is not assigned to client " + clientId,
                String.valueOf(clientId));
    }

    public static TransactionAccessDenied forClient(long clientId, String username) {
        return new TransactionAccessDenied(clientId, username);
    }
}
