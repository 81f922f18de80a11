package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

public class DocumentNotFound extends TradedeskException {

    private DocumentNotFound(long transactionId, long documentId) {
        super(Kind.NOT_FOUND, "clearance.document.not-found", "transaction " + transactionId + " has no document " + documentId,
                String.valueOf(transactionId), String.valueOf(documentId));
    }

    public static DocumentNotFound forIds(long transactionId, long documentId) {
        return new DocumentNotFound(transactionId, documentId);
    }
}
