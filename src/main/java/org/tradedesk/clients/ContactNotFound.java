package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

public class ContactNotFound extends TradedeskException {

    private ContactNotFound(long clientId, String clientName, long contactId) {
        // the reader is told the client by its name, never our ids (T4 review r-t4c 12: 「客戶 2 沒有編號 5 的聯絡人」); the ids go to the log
        super(Kind.NOT_FOUND, "clients.contact.not-found", "client " + clientId + " has no contact " + contactId,
                clientName == null || clientName.isBlank() ? "-" : clientName.strip());
    }

    /** A contact the client does not have (another client's, or none): said with the client's name. */
    public static ContactNotFound of(long clientId, String clientName, long contactId) {
        return new ContactNotFound(clientId, clientName, contactId);
    }
}
