package org.tradedesk.clearance;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * The same file (same SHA-256) is already a document of the transaction: it is not stored twice (409). The text names
 * the document kept as the user knows it ({@link DocumentReference}); its id is for the API's link only.
 */
public class DuplicateDocument extends TradedeskException {

    private final long existingDocumentId;
    private final transient MessageText existing;

    private DuplicateDocument(String fileName, long existingDocumentId, MessageText existing) {
        super(Kind.CONFLICT, "clearance.document.duplicate", "the file " + fileName + " is already document " + existingDocumentId,
                fileName, existing);
        this.existingDocumentId = existingDocumentId;
        this.existing = existing;
    }

    public static DuplicateDocument of(String fileName, long existingDocumentId, MessageText existing) {
        return new DuplicateDocument(fileName, existingDocumentId, existing);
    }

    private DuplicateDocument(long existingDocumentId, MessageText existing) {
        super(Kind.CONFLICT, MessageText.of("clearance.document.capture-duplicate", MessageText.Arg.message(existing)),
                "the same invoice typed by hand is already document " + existingDocumentId);
        this.existingDocumentId = existingDocumentId;
        this.existing = existing;
    }

    /**
     * The same invoice typed by hand is already a document of the file (acceptance review: a capture posted twice kept two
     * documents): 409 naming and linking that one.
     */
    public static DuplicateDocument ofCapture(long existingDocumentId, MessageText existing) {
        return new DuplicateDocument(existingDocumentId, existing);
    }

    /** The document that already holds this file. */
    public long existingDocumentId() {
        return existingDocumentId;
    }

    /** That document as the user knows it. */
    public MessageText existing() {
        return existing;
    }
}
