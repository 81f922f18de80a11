package org.tradedesk.tariff;

import java.util.Locale;
import org.tradedesk.shared.TradedeskException;

/** A customs territory whose schedule the catalogue holds. Adding one is data plus an importer, not a branch in the engine. */
public enum Jurisdiction {
    AU, TW;

    public static Jurisdiction of(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TradedeskException(TradedeskException.Kind.INVALID, "tariff.jurisdiction.unknown",
                    "unknown jurisdiction '" + text + "': expected AU or TW", text);
        }
    }
}
