package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** A document is kept in the database, so its size is limited. */
public class DocumentTooLarge extends TradedeskException {

    private DocumentTooLarge(String fileName, long size, long limit) {
        super(Kind.INVALID, "clearance.document.too-large", fileName + " has " + size + " bytes; the limit is " + limit,
                fileName, String.valueOf(limit / (1024 * 1024)));
    }

    public static DocumentTooLarge of(String fileName, long size, long limit) {
        return new DocumentTooLarge(fileName, size, limit);
    }
}
