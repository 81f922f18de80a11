package org.tradedesk.clearance;

import org.tradedesk.platform.StaleEdit;

/** The dispute was changed by someone else since it was read (one code in every module, {@value StaleEdit#CODE}). */
public class StaleDisputeEdit extends StaleEdit {

    public StaleDisputeEdit(long id, long expected, long actual) {
        super("dispute", id, expected, actual);
    }
}
