package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

/** An archived client is read-only: its record is kept for history, not worked on. */
public class ClientArchived extends TradedeskException {

    private ClientArchived(Long id) {
        super(Kind.CONFLICT, "clients.client.archived", "client " + id + " is archived and cannot be changed", id);
    }

    public static ClientArchived forId(Long id) {
        return new ClientArchived(id);
    }
}
