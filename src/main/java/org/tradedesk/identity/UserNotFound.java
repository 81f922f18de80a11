package org.tradedesk.identity;

import org.tradedesk.shared.TradedeskException;

/** No user account with that id or name. */
public class UserNotFound extends TradedeskException {

    private UserNotFound(String what) {
        super(Kind.NOT_FOUND, "identity.user.not-found", "no user " + what, what);
    }

    public static UserNotFound forId(long id) {
        return new UserNotFound("#" + id);
    }

    public static UserNotFound forUsername(String username) {
        return new UserNotFound("'" + username + "'");
    }
}
