package org.tradedesk.clearance;

import java.time.LocalDate;
import org.tradedesk.shared.Money;

/**
 * What the coordinator records of a dispute with customs: the decision (kind, customs' reference, what it says), the day
 * its notice was received and, when paid, the day the disputed sum was paid; the amount in dispute with its currency;
 * what the client needs (e.g. release of the goods now, the refund, no precedent for later shipments).
 */
public record DisputeDetails(DecisionKind decisionKind, String decisionReference, String decisionSummary, LocalDate noticeReceived,
        LocalDate paidOn, Money amountInDispute, String clientNeeds) {
}
