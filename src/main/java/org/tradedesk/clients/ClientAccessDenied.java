package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

/**
 * A coordinator sees only the clients assigned to them; a manager every client (the rule clearance applies to its files).
 * The reader is told neither the client's name nor its id; the log keeps both the id and the user.
 */
public class ClientAccessDenied extends TradedeskException {

    private ClientAccessDenied(long clientId, String username) {
        super(Kind.FORBIDDEN, "clients.access.not-assigned", username + " is not assigned to client " + clientId);
    }

    public static ClientAccessDenied forClient(long clientId, String username) {
        return new ClientAccessDenied(clientId, username);
    }
}
