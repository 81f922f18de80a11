package org.tradedesk.markets;

import org.tradedesk.shared.TradedeskException;

/**
 * The Comtrade API did not give the records: unreachable, timed out, refused the key, answered with an error or with more
 * than the bounded size. The message code ({@code markets.comtrade.*}) is worded with the detail; nothing is stored.
 */
public class ComtradeUnavailable extends TradedeskException {

    public ComtradeUnavailable(String code, String message, Object detail) {
        super(Kind.CONFLICT, code, message, detail);
    }
}
