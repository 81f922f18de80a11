package org.tradedesk.clients;

import java.time.Instant;
import java.util.List;
import org.tradedesk.shared.InvalidValueException;

/**
 * Something to add to a client's history. Other modules log through
 * {@link ClientDirectory#logCommunication(long, NewCommunication)} (the T1 advice letter sent by e-mail, for instance).
 * A null {@code occurredAt} means now.
 */
public record NewCommunication(Long contactId, Instant occurredAt, Channel channel, String subject, String summary,
        List<String> attachmentNames) {

    public NewCommunication {
        if (channel == null) {
            throw new InvalidValueException("clients.communication.channel.required", "a communication needs a channel");
        }
        if (subject == null || subject.isBlank()) {
            throw new InvalidValueException("clients.communication.subject.required", "a communication needs a subject");
        }
        subject = subject.strip();
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        attachmentNames = attachmentNames == null ? List.of()
                : attachmentNames.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        for (String a : attachmentNames) {
            if (a.contains("\n")) {
                throw new InvalidValueException("clients.communication.attachment.invalid", "an attachment name cannot span lines: " + a);
            }
        }
    }
}
