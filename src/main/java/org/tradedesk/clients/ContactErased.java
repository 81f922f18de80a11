package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

/** The contact's personal data was erased: nothing more may be recorded about, or sent to, them. */
public class ContactErased extends TradedeskException {

    private ContactErased(Long id) {
        super(Kind.CONFLICT, "clients.contact.erased", "contact " + id + " has been erased", id);
    }

    public static ContactErased forId(Long id) {
        return new ContactErased(id);
    }
}
