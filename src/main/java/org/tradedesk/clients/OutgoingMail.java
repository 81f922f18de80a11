package org.tradedesk.clients;

import java.util.List;
import org.tradedesk.shared.InvalidValueException;

/**
 * An e-mail to one contact of a client. The body is plain text. {@code replyTo} (optional) is where the contact's answer
 * should go — the address of the user who wrote the mail, with their name — when it is not the desk's sending address.
 */
public record OutgoingMail(ClientId clientId, long contactId, String subject, String body, List<MailAttachment> attachments,
        ReplyTo replyTo) {

    /** An address for answers, with the name shown for it. */
    public record ReplyTo(String email, String name) {
    }

    /** A mail whose answers go to the sending address. */
    public OutgoingMail(ClientId clientId, long contactId, String subject, String body, List<MailAttachment> attachments) {
        this(clientId, contactId, subject, body, attachments, null);
    }

    public OutgoingMail {
        if (subject == null || subject.isBlank()) {
            throw new InvalidValueException("clients.mail.subject.required", "an e-mail needs a subject");
        }
        body = body == null ? "" : body;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
