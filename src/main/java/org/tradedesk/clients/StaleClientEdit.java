package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

/** The edit was made on an older version than the one stored: someone else saved in between. */
public class StaleClientEdit extends TradedeskException {

    private StaleClientEdit(String what, long id, long expected, long actual) {
        super(Kind.CONFLICT, "clients.stale-edit", what + " " + id + " was changed by someone else (you edited version "
                + expected + ", it is now version " + actual + "); reload it and apply your change again", id, expected, actual);
    }

    public static StaleClientEdit ofClient(long id, long expected, long actual) {
        return new StaleClientEdit("client", id, expected, actual);
    }

    public static StaleClientEdit ofContact(long id, long expected, long actual) {
        return new StaleClientEdit("contact", id, expected, actual);
    }
}
