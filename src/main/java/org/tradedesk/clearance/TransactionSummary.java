package org.tradedesk.clearance;

import org.tradedesk.clearance.domain.Deadline;

/** A line of the work queue: the file, its client's name and its open deadline due soonest (null when none). */
public record TransactionSummary(ClearanceTransaction transaction, String clientName, Deadline nextDeadline) {

    public long id() {
        return transaction.id().value();
    }

    /** The file as every text names it ({@link org.tradedesk.clearance.domain.TransactionNames}), never "#3". */
    public org.tradedesk.shared.MessageText named() {
        return org.tradedesk.clearance.domain.TransactionNames.named(transaction.details().reference(), clientName, id());
    }
}
