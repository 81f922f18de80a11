package org.tradedesk.clients;

import java.util.List;
import org.tradedesk.shared.InvalidValueException;

/** An e-mail to one contact of a client. The body is plain text. */
public record OutgoingMail(ClientId clientId, long contactId, String subject, String body, List<MailAttachment> attachments) {

    public OutgoingMail {
        if (subject == null || subject.isBlank()) {
            throw new InvalidValueException("clients.mail.subject.required", "an e-mail needs a subject");
        }
        body = body == null ? "" : body;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
