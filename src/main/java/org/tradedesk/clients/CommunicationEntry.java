package org.tradedesk.clients;

import java.time.Instant;
import java.util.List;

/** One line of a client's history. {@code contactId} is null when it concerned no one person. */
public record CommunicationEntry(long id, long clientId, Long contactId, Instant occurredAt, Channel channel,
        String subject, String summary, List<String> attachmentNames, String username) {
}
