package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

public class ContactHasNoEmail extends TradedeskException {

    private ContactHasNoEmail(long id) {
        super(Kind.INVALID, "clients.contact.no-email", "contact " + id + " has no e-mail address", id);
    }

    public static ContactHasNoEmail forId(long id) {
        return new ContactHasNoEmail(id);
    }
}
