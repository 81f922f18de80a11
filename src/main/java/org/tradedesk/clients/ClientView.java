package org.tradedesk.clients;

import java.time.Instant;
import java.util.List;

/** A client with its contacts (summaries), as pages and the API show it; {@code version} goes back with an edit. */
public record ClientView(long id, long version, String name, ClientKind kind, String country, String taxId,
        PreferredLanguage preferredLanguage, String registeredAddress, String shippingAddress, String notes,
        boolean archived, Instant archivedAt, Instant createdAt, List<ContactSummary> contacts) {

    /** The id as other modules and the facade take it. */
    public ClientId clientId() {
        return new ClientId(id);
    }
}
