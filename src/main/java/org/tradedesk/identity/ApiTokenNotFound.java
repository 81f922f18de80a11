package org.tradedesk.identity;

import org.tradedesk.shared.TradedeskException;

/** No token with that id belongs to the current user (another user's token is "not found" too). */
public class ApiTokenNotFound extends TradedeskException {

    private ApiTokenNotFound(long id) {
        super(Kind.NOT_FOUND, "identity.token.not-found", "no API token #" + id + " of yours",
                String.valueOf(id)); // a string, so MessageFormat does not group the id
    }

    public static ApiTokenNotFound forId(long id) {
        return new ApiTokenNotFound(id);
    }
}
