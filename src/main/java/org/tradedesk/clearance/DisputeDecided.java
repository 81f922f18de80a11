package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** A dispute whose outcome is recorded takes no further step, evidence or outcome. */
public class DisputeDecided extends TradedeskException {

    public DisputeDecided(long id) {
        super(Kind.CONFLICT, "clearance.dispute.decided.closed", "dispute " + id + " is decided and no longer changes", String.valueOf(id));
    }
}
