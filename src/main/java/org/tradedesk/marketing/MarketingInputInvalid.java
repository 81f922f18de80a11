package org.tradedesk.marketing;

import org.tradedesk.shared.TradedeskException;

/** A campaign, activity, selection or budget input that breaks a rule; the code names the rule, the arguments where. */
public class MarketingInputInvalid extends TradedeskException {

    public MarketingInputInvalid(String code, String message, Object... args) {
        super(Kind.INVALID, code, message, args);
    }
}
