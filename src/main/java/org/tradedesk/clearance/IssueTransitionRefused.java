package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** A resolved issue does not change: no alternative is added and no other choice recorded. */
public class IssueTransitionRefused extends TradedeskException {

    private IssueTransitionRefused(long id) {
        super(Kind.CONFLICT, "clearance.issue.resolved", "issue " + id + " is resolved and no longer changes", String.valueOf(id));
    }

    public static IssueTransitionRefused resolved(long id) {
        return new IssueTransitionRefused(id);
    }
}
