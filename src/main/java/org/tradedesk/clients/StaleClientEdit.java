package org.tradedesk.clients;

import org.tradedesk.platform.StaleEdit;

/** The edit was made on an older version than the one stored: someone else saved in between (code {@value StaleEdit#CODE}). */
public class StaleClientEdit extends StaleEdit {

    private StaleClientEdit(String what, long id, long expected, long actual) {
        super(what, id, expected, actual);
    }

    public static StaleClientEdit ofClient(long id, long expected, long actual) {
        return new StaleClientEdit("client", id, expected, actual);
    }

    public static StaleClientEdit ofContact(long id, long expected, long actual) {
        return new StaleClientEdit("contact", id, expected, actual);
    }
}
