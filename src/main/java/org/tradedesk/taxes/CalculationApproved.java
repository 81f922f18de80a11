package org.tradedesk.taxes;

import java.time.Instant;
import java.util.List;
import org.tradedesk.clients.Channel;
import org.tradedesk.clients.ClientHistoryEvent;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.NewCommunication;

/**
 * 覆核通過: a manager approved a client's saved calculation (P1.3.2). Published after the approval
 * commits; the clients module adds it to the client's history as an internal review step.
 */
public record CalculationApproved(CalculationId calculationId, ClientId clientId, String approvedBy, Instant approvedAt)
        implements ClientHistoryEvent {

    @Override
    public NewCommunication historyEntry() {
        return new NewCommunication(null, approvedAt, Channel.REVIEW, SavedCalculation.reference(calculationId), null,
                List.of());
    }

    @Override
    public String recordedBy() {
        return approvedBy;
    }
}
