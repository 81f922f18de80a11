package org.tradedesk.clearance;

import java.util.List;
import java.util.Set;
import org.tradedesk.clearance.domain.Deadline;
import org.tradedesk.clearance.domain.Retention;

/**
 * A clearance file as its page and the API show it: the transaction, its client's name, its documents, its
 * deadlines on today's date (open ones soonest first), its retention period and the statuses it may move to.
 */
public record TransactionView(ClearanceTransaction transaction, String clientName, List<DocumentView> documents,
        List<Deadline> deadlines, Retention retention, boolean retentionEnded, Set<TransactionStatus> nextStatuses) {

    public long id() {
        return transaction.id().value();
    }

    public TransactionStatus status() {
        return transaction.status();
    }

    public TransactionDetails details() {
        return transaction.details();
    }

    public boolean readOnly() {
        return transaction.status().readOnly();
    }
}
