package org.tradedesk.taxes;

import java.time.Instant;
import java.util.List;
import org.tradedesk.clients.Channel;
import org.tradedesk.clients.ClientHistoryEvent;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.NewCommunication;

/**
 * An approved calculation went to its client (P1.3.3): by the advice e-mail (subject, text and
 * attachments of the mail) or another way a coordinator recorded (the calculation's reference and
 * their note). Published once it is marked SENT; the clients module adds it to the client's history.
 */
public record CalculationSent(CalculationId calculationId, ClientId clientId, Channel channel, Long contactId, String subject,
        String summary, List<String> attachmentNames, String sentBy, Instant sentAt) implements ClientHistoryEvent {

    public CalculationSent {
        attachmentNames = attachmentNames == null ? List.of() : List.copyOf(attachmentNames);
    }

    @Override
    public NewCommunication historyEntry() {
        return new NewCommunication(contactId, sentAt, channel, subject, summary, attachmentNames);
    }

    @Override
    public String recordedBy() {
        return sentBy;
    }
}
