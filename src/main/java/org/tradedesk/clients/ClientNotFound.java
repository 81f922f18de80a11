package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

public class ClientNotFound extends TradedeskException {

    private ClientNotFound(long id) {
        super(Kind.NOT_FOUND, "clients.client.not-found", "no client with id " + id, id);
    }

    public static ClientNotFound forId(long id) {
        return new ClientNotFound(id);
    }
}
