package org.tradedesk.clearance;

import java.time.Instant;
import org.tradedesk.clearance.messages.CapturedInvoice;

/**
 * A document of a file as pages and the API show it (without its content): the file's name, size and SHA-256
 * when a file was uploaded, and for an invoice the captured data with the format it came from
 * ({@code MANUAL} when typed by hand). {@code version} goes back with a change of the captured data or a withdrawal.
 * A withdrawn document ({@code withdrawnAt} set, with who and why) is kept for the record and counted nowhere.
 */
public record DocumentView(long id, long version, DocumentType type, String fileName, String contentType, Long sizeBytes,
        String sha256, String captureFormat, CapturedInvoice captured, String uploadedBy, Instant uploadedAt, Instant withdrawnAt,
        String withdrawnBy, String withdrawalReason) {

    /** A document not withdrawn (the constructor of before withdrawal). */
    public DocumentView(long id, long version, DocumentType type, String fileName, String contentType, Long sizeBytes,
            String sha256, String captureFormat, CapturedInvoice captured, String uploadedBy, Instant uploadedAt) {
        this(id, version, type, fileName, contentType, sizeBytes, sha256, captureFormat, captured, uploadedBy, uploadedAt, null, null,
                null);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean hasFile() {
        return sha256 != null;
    }
}
