package org.tradedesk.markets;

import org.tradedesk.shared.TradedeskException;

/**
 * A whole file is refused: not trade statistics, cut off, unreadable. The message code is worded in the
 * reader's language with the line number and the detail as arguments; nothing of the file is stored.
 */
public class TradeFileRefused extends TradedeskException {

    private final long line;

    public TradeFileRefused(String code, String message, long line, Object detail) {
        // the line travels as a number; the patterns print it ungrouped with {0,number,#} ("line 1234", not "line 1,234")
        super(code, message + (line > 0 ? " (line " + line + ")" : ""), line, detail);
        this.line = line;
    }

    /** The line the problem was met on; 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
