package org.tradedesk.tariff;

import java.time.ZoneId;
import java.util.Locale;
import org.tradedesk.shared.TradedeskException;

/** A customs territory whose schedule the catalogue holds. Adding one is data plus an importer, not a branch in the engine. */
public enum Jurisdiction {
    /** Australia: the Australian Border Force's clock for the ICS (Sydney). */
    AU,
    /** Taiwan: the 關務署's clock (臺北時間, UTC+8). */
    TW;

    /**
     * The zone the territory's customs administration dates in: its messages' local date-times are local to it, and a
     * file's "today" (lodging date, deadlines, countdowns) is the date there, not the server's. The one table of
     * zones is {@code BusinessCalendar.jurisdictionZone}, which the tax chains (UK, IE) share.
     */
    public ZoneId zone() {
        return org.tradedesk.platform.BusinessCalendar.jurisdictionZone(name());
    }

    /**
     * The territory's own currency: the customs value, the duties and taxes are assessed in it, and an invoice in it converts
     * at 1. The one table of it (a declaration's local currency, the dispute and alternative forms' default, the declaration
     * checks); the tax chains of these territories state the same ({@code ChainCurrencyTest}).
     */
    public org.tradedesk.shared.CurrencyCode localCurrency() {
        return switch (this) {
            case AU -> org.tradedesk.shared.CurrencyCode.AUD;
            case TW -> org.tradedesk.shared.CurrencyCode.TWD;
        };
    }

    public static Jurisdiction of(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TradedeskException(TradedeskException.Kind.INVALID, "tariff.jurisdiction.unknown",
                    "unknown jurisdiction '" + text + "': expected AU or TW", text);
        }
    }
}
