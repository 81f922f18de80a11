package org.tradedesk.markets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * How a period that is not full and final is worded, in both languages (issue 9 minor): a cumulative partial year of
 * Taiwan customs ({@code 114年1月~114年7月(初步值)}) is "January–July (preliminary)" / 「1–7 月（初步）」, a preliminary
 * period "Preliminary" / 「初步」 — never a bare "Preliminary" for months 1 to N of a year.
 */
public final class PeriodFlags {

    /** A dataset's stored preliminary periods: {@code 2025-01..07} (partial year), {@code 2025} or {@code 2025-03} (preliminary). */
    private static final Pattern PARTIAL = Pattern.compile("(\\d{4})-01\\.\\.(\\d{1,2})");

    private PeriodFlags() {
    }

    /** The flag of one period of a series; null when the period is full and final. */
    public static MessageText of(boolean preliminary, Integer partialToMonth) {
        String code = code(preliminary, partialToMonth);
        return code == null ? null : MessageText.of(code);
    }

    /**
     * The message code of the flag ({@code markets.period.partial-to.7}: "January–July (preliminary)"), for tables whose cells
     * are message codes; null for a full, final period.
     */
    public static String code(boolean preliminary, Integer partialToMonth) {
        if (partialToMonth != null && partialToMonth >= 1 && partialToMonth <= 12) {
            return "markets.period.partial-to." + partialToMonth;
        }
        return preliminary || partialToMonth != null ? "markets.period.preliminary" : null;
    }

    /** The flag with its year or month, as a dataset's provenance lists it ({@code 2025 January–July (preliminary)}). */
    public static MessageText ofPeriod(String period, boolean preliminary, Integer partialToMonth) {
        if (partialToMonth != null) {
            return MessageText.of("markets.period.with-flag", Arg.literal(period), Arg.message(of(preliminary, partialToMonth)));
        }
        return preliminary ? MessageText.of("markets.period.preliminary-period", Arg.literal(period)) : null;
    }

    /** A dataset's stored list of preliminary periods ({@code 2024-12, 2025-01..07}) worded; null when there is none. */
    public static MessageText stored(String periods) {
        if (periods == null || periods.isBlank()) {
            return null;
        }
        MessageText out = null;
        for (String p : periods.split(",")) {
            String period = p.strip();
            if (period.isEmpty()) {
                continue;
            }
            Matcher m = PARTIAL.matcher(period);
            MessageText one = m.matches() ? ofPeriod(m.group(1), true, Integer.parseInt(m.group(2))) : ofPeriod(period, true, null);
            out = out == null ? one : MessageText.of("markets.list.and", Arg.message(out), Arg.message(one));
        }
        return out;
    }

    /** Quantity units listed with the language's separator, each worded by {@link QuantityUnits} ({@code u、公斤（淨重）}). */
    public static MessageText units(java.util.List<String> units) {
        MessageText out = null;
        for (String unit : units) {
            MessageText one = QuantityUnits.quantity(unit);
            out = out == null ? one : MessageText.of("markets.list.and", Arg.message(out), Arg.message(one));
        }
        return out == null ? MessageText.of("markets.list.item", Arg.literal("")) : out;
    }
}
