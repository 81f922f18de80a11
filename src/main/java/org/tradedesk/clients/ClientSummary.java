package org.tradedesk.clients;

/** One line of the client list. */
public record ClientSummary(long id, String name, ClientKind kind, String country, String taxId, boolean archived) {

    /** The id as other modules and the facade take it. */
    public ClientId clientId() {
        return new ClientId(id);
    }
}
