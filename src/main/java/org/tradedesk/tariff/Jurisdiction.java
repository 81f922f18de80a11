package org.tradedesk.tariff;

import java.time.ZoneId;
import java.util.Locale;
import org.tradedesk.shared.TradedeskException;

/** A customs territory whose schedule the catalogue holds. Adding one is data plus an importer, not a branch in the engine. */
public enum Jurisdiction {
    /** Australia: the Australian Border Force's clock for the ICS (Sydney). */
    AU("Australia/Sydney"),
    /** Taiwan: the 關務署's clock (臺北時間, UTC+8). */
    TW("Asia/Taipei");

    private final ZoneId zone;

    Jurisdiction(String zone) {
        this.zone = ZoneId.of(zone);
    }

    /**
     * The zone the territory's customs administration dates in: its messages' local date-times are local to it, and a
     * file's "today" (lodging date, deadlines, countdowns) is the date there, not the server's.
     */
    public ZoneId zone() {
        return zone;
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
