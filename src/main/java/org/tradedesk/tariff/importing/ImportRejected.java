package org.tradedesk.tariff.importing;

import org.tradedesk.shared.TradedeskException;

/** A whole import file is refused: wrong shape, wrong header, unreadable. Nothing of it is stored. */
public class ImportRejected extends TradedeskException {

    private ImportRejected(String code, String message) {
        super(Kind.INVALID, code, message, message);
    }

    public static ImportRejected because(String code, String message) {
        return new ImportRejected(code, message);
    }
}
