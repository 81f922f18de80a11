package org.tradedesk.markets.domain.stats;

import org.tradedesk.shared.MessageText;

/**
 * A market (an ISO3 or Comtrade code) as a problem or note names it: its name in the reader's language with the code in
 * brackets, "Australia (AUS)" / 「澳洲（AUS）」 (the name from the markets country list, through the COUNTRY argument).
 */
public final class MarketName {

    public static final String CODE = "markets.market.named";

    private MarketName() {
    }

    /** The market named, its code beside. */
    public static MessageText of(String market) {
        return MessageText.of(CODE, MessageText.Arg.country(market), MessageText.Arg.literal(market));
    }

    /** As an argument of another text. */
    public static MessageText.Arg arg(String market) {
        return MessageText.Arg.message(of(market));
    }

    /** The code of a text made by {@link #of}, or null for any other text. */
    static String code(Object text) {
        return text instanceof MessageText m && CODE.equals(m.code()) ? m.args().get(1).value() : null;
    }
}
