package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

public class ContactNotFound extends TradedeskException {

    private ContactNotFound(long clientId, long contactId) {
        super(Kind.NOT_FOUND, "clients.contact.not-found", "client " + clientId + " has no contact " + contactId,
                // strings, so MessageFormat does not group the ids as 987,654
                String.valueOf(clientId), String.valueOf(contactId));
    }

    public static ContactNotFound forIds(long clientId, long contactId) {
        return new ContactNotFound(clientId, contactId);
    }
}
