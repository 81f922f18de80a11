package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** A finding already has its issue in the register: a second one is not opened (409, naming and linking the existing issue). */
public class FindingHasIssue extends TradedeskException {

    private final long issueId;

    public FindingHasIssue(long issueId, String findingKey) {
        super(Kind.CONFLICT, "clearance.issue.finding-has-issue", "finding " + findingKey + " already has issue " + issueId,
                String.valueOf(issueId));
        this.issueId = issueId;
    }

    /** The issue already opened from the finding. */
    public long issueId() {
        return issueId;
    }
}
