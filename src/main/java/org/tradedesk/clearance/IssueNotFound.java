package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

public class IssueNotFound extends TradedeskException {

    private IssueNotFound(String code, String message, Object... args) {
        super(Kind.NOT_FOUND, code, message, args);
    }

    public static IssueNotFound forIds(long transactionId, long issueId) {
        return new IssueNotFound("clearance.issue.not-found", "no issue " + issueId + " in clearance transaction " + transactionId,
                String.valueOf(issueId), String.valueOf(transactionId));
    }

    public static IssueNotFound alternative(long issueId, long alternativeId) {
        return new IssueNotFound("clearance.alternative.not-found", "no alternative " + alternativeId + " of issue " + issueId,
                String.valueOf(alternativeId), String.valueOf(issueId));
    }
}
