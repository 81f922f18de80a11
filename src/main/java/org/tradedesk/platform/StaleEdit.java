package org.tradedesk.platform;

import org.tradedesk.shared.TradedeskException;

/**
 * The loser of a concurrent edit: the change was made on an older version than the one stored, so
 * someone else saved in between. One condition, one code ({@value #CODE}) and one text in every
 * module, whether a module compares versions itself (subclasses such as the clients' edits) or JPA's
 * {@code @Version} check finds it (the API and page handlers answer that with this code too).
 */
public class StaleEdit extends TradedeskException {

    public static final String CODE = "error.stale-edit";

    public StaleEdit(String what, Object id, long expected, long actual) {
        super(Kind.CONFLICT, CODE, what + " " + id + " was changed by someone else (you edited version " + expected
                + ", it is now version " + actual + "); reload it and apply your change again");
    }

    /** When the versions are not known (JPA's optimistic lock failure). */
    public StaleEdit(String what) {
        super(Kind.CONFLICT, CODE, what + " was changed by someone else; reload it and apply your change again");
    }
}
