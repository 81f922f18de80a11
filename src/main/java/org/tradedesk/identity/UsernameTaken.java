package org.tradedesk.identity;

import org.tradedesk.shared.TradedeskException;

/** A user name is unique for the life of the desk: audit entries refer to it. */
public class UsernameTaken extends TradedeskException {

    private UsernameTaken(String username) {
        super(Kind.CONFLICT, "identity.user.taken", "the user name '" + username + "' is already taken", username);
    }

    public static UsernameTaken of(String username) {
        return new UsernameTaken(username);
    }
}
