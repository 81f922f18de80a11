package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** The same file (same SHA-256) is already a document of the transaction: it is not stored twice (409). */
public class DuplicateDocument extends TradedeskException {

    private final long existingDocumentId;

    private DuplicateDocument(String fileName, long existingDocumentId, String existingName) {
        super(Kind.CONFLICT, "clearance.document.duplicate", "the file " + fileName + " is already document " + existingDocumentId,
                fileName, String.valueOf(existingDocumentId), existingName);
        this.existingDocumentId = existingDocumentId;
    }

    public static DuplicateDocument of(String fileName, long existingDocumentId, String existingName) {
        return new DuplicateDocument(fileName, existingDocumentId, existingName == null ? "-" : existingName);
    }

    /** The document that already holds this file. */
    public long existingDocumentId() {
        return existingDocumentId;
    }
}
