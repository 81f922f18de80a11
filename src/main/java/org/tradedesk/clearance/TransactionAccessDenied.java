package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** A coordinator works only the files of the clients assigned to them (a manager may open every file). */
public class TransactionAccessDenied extends TradedeskException {

    private TransactionAccessDenied(long clientId, String username) {
        super(Kind.FORBIDDEN, "clearance.access.not-assigned", username + " is not assigned to client " + clientId);
    }

    /**
     * The reader is told neither the client's name nor its id — a coordinator not assigned to a client must not learn whose
     * file it is (acceptance review F13: the 403 said "Other Importer Pty Ltd"); the log keeps the id.
     */
    public static TransactionAccessDenied forClient(long clientId, String username) {
        return new TransactionAccessDenied(clientId, username);
    }
}
