package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** A coordinator works only the files of the clients assigned to them (a manager may open every file). */
public class TransactionAccessDenied extends TradedeskException {

    private TransactionAccessDenied(long clientId, String clientName, String username) {
        super(Kind.FORBIDDEN, "clearance.access.not-assigned", username + " is not assigned to client " + clientId,
                clientName);
    }

    /** The reader is told the client's name (T4 review: never its internal id); the log keeps the id. */
    public static TransactionAccessDenied forClient(long clientId, String clientName, String username) {
        return new TransactionAccessDenied(clientId, clientName, username);
    }
}
