package org.tradedesk.clients;

import org.tradedesk.shared.InvalidValueException;

/** A file sent with an e-mail: its name, MIME type and bytes. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        if (fileName == null || fileName.isBlank() || fileName.contains("\n")) {
            throw new InvalidValueException("clients.mail.attachment.name", "an attachment needs a one-line file name");
        }
        if (content == null) {
            throw new InvalidValueException("clients.mail.attachment.content", "attachment " + fileName + " has no content");
        }
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    }
}
