package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

/** A client can be assigned only to a user who has an account. */
public class UnknownAssignee extends TradedeskException {

    private UnknownAssignee(String username) {
        super(Kind.INVALID, "clients.assignment.unknown-user", "no user account named " + username, username);
    }

    public static UnknownAssignee named(String username) {
        return new UnknownAssignee(username);
    }
}
