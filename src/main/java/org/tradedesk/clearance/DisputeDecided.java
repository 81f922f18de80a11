package org.tradedesk.clearance;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * A dispute whose outcome is recorded takes no further step, evidence or outcome. The dispute is named as users know it
 * (its kind and decision reference, {@link DisputeView#named(DisputeDetails)}), never by its id (issue 8).
 */
public class DisputeDecided extends TradedeskException {

    public DisputeDecided(long id, DecisionKind kind, String decisionReference) {
        super(Kind.CONFLICT, MessageText.of("clearance.dispute.decided.closed", MessageText.Arg.message(
                DisputeView.named(new DisputeDetails(kind, decisionReference, null, null, null, null, null)))),
                "dispute " + id + " is decided and no longer changes");
    }
}
