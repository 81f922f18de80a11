package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

public class ClientNotFound extends TradedeskException {

    private ClientNotFound(long id) {
        super(Kind.NOT_FOUND, "clients.client.not-found", "no client with id " + id,
                // a string, so MessageFormat does not group the id as 987,654
                String.valueOf(id));
    }

    public static ClientNotFound forId(long id) {
        return new ClientNotFound(id);
    }
}
