package org.tradedesk.clearance;

import java.time.Instant;
import java.util.List;
import org.tradedesk.clearance.messages.DeclarationFinding;
import org.tradedesk.clearance.messages.DeclarationMessage;

/**
 * A declaration of a transaction as pages and the API show it: draft {@code revision} (1, 2… in the file), the
 * message {@code version} (1 original, 2… amendments with function code 4), status, the declaration, its validation
 * findings, the message id and SHA-256 of the standard message (null while findings block it), the recommendation
 * to the client, to whom and when it was sent, who confirmed which SHA-256 and when, and when it was lodged.
 */
public record DeclarationView(long id, long transactionId, int revision, int version, String functionCode, DeclarationStatus status,
        String format, String messageId, DeclarationMessage declaration, List<DeclarationFinding> findings, String sha256,
        String recommendation, String createdBy, Instant createdAt, String sentTo, Instant sentAt, String confirmedBy,
        Instant confirmedAt, String confirmedSha256, String confirmationRecordedBy, Instant lodgedAt) {

    public DeclarationView {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Nothing blocks lodgement: the standard message exists. */
    public boolean lodgeable() {
        return sha256 != null;
    }

    /** The code the client quotes to confirm: the first 12 hex characters of the message's SHA-256. */
    public String confirmationCode() {
        return sha256 == null ? null : sha256.substring(0, 12);
    }

    /** The confirmation recorded is for exactly this message. */
    public boolean confirmed() {
        return confirmedSha256 != null && confirmedSha256.equals(sha256);
    }

    /** The file name of the message: {@code <messageId>.edi} or {@code .xml}. */
    public String fileName() {
        return messageId + ("TW_XML".equals(format) ? ".xml" : ".edi");
    }
}
