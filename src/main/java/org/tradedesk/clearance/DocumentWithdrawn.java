package org.tradedesk.clearance;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * A document withdrawn from its file, or one that may not be: withdrawn already, changed after its withdrawal, or kept
 * before a lodged declaration was built from the file (409). Each names the document as the user knows it
 * ({@link DocumentReference}); the id is in the log's English only.
 */
public class DocumentWithdrawn extends TradedeskException {

    private DocumentWithdrawn(String code, String message, Object... args) {
        super(Kind.CONFLICT, code, message, args);
    }

    /** Withdrawn once: a second withdrawal changes nothing and is refused. */
    public static DocumentWithdrawn already(long documentId, MessageText document) {
        return new DocumentWithdrawn("clearance.document.withdrawn-already", "document " + documentId + " is withdrawn", document);
    }

    /** A withdrawn document is kept as it was: its captured data and figures are not changed any more. */
    public static DocumentWithdrawn noChange(long documentId, MessageText document) {
        return new DocumentWithdrawn("clearance.document.withdrawn-no-change", "document " + documentId + " is withdrawn: no change",
                document);
    }

    /**
     * The document was on the file when a declaration since lodged was built: customs hold that declaration, so the file it
     * rests on stays as it was; a correction goes to customs as an amendment.
     */
    public static DocumentWithdrawn lodged(long documentId, MessageText document, int declarationVersion) {
        return new DocumentWithdrawn("clearance.document.withdraw-lodged", "document " + documentId
                + " was on the file when lodged declaration version " + declarationVersion + " was built",
                document, String.valueOf(declarationVersion));
    }
}
