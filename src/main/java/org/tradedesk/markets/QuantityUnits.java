package org.tradedesk.markets;

import java.util.Map;
import org.tradedesk.shared.MessageText;

/**
 * A quantity unit and a unit value's unit as the reader reads them, worded when the rows are read (nothing stored needs
 * importing again): a UN Comtrade quantity unit — its code ({@code 8}, kept as the code by imports that met an unlisted
 * abbreviation or an empty one), its WCO abbreviation ({@code kg}, {@code u}) or the UN/ECE Recommendation 20 code a customs
 * file gives ({@code KGM}, {@code PCE}) — by {@code markets.units.comtrade.<code>} ("kg" / 「公斤」, "units" / 「個」); the
 * net-weight stand-in ({@link TradeRow#NET_WEIGHT_KG}, a file with no quantity but a net weight) by
 * {@code markets.units.net-weight-kg} ("kg (net weight)" / 「公斤（淨重）」); any other unit printed as the file gives it.
 * The stored unit itself stays the machine field ({@code quantityUnitCode} in the API).
 */
public final class QuantityUnits {

    /**
     * Comtrade's quantity unit codes (comtrade_legacy_qty_units.csv) by their WCO abbreviation, and the UN/ECE Rec. 20 codes of
     * the same units (Taiwan customs files give KGM, PCE, ...), matched without case ({@code KGM}, {@code kgm}, {@code Kg}).
     * 1 ("no quantity") and -1 (N/A) are no unit.
     */
    private static final Map<String, String> CODES = caseless(Map.ofEntries(Map.entry("m2", "2"), Map.entry("1000 kWh", "3"),
            Map.entry("m", "4"), Map.entry("u", "5"), Map.entry("2u", "6"), Map.entry("l", "7"), Map.entry("kg", "8"),
            Map.entry("1000u", "9"), Map.entry("U (jeu/pack)", "10"), Map.entry("12u", "11"), Map.entry("m3", "12"),
            Map.entry("MTK", "2"), Map.entry("MWH", "3"), Map.entry("MTR", "4"), Map.entry("PCE", "5"), Map.entry("NAR", "5"),
            Map.entry("H87", "5"), Map.entry("C62", "5"), Map.entry("NPR", "6"), Map.entry("PR", "6"), Map.entry("LTR", "7"),
            Map.entry("KGM", "8"), Map.entry("MIL", "9"), Map.entry("SET", "10"), Map.entry("DZN", "11"), Map.entry("MTQ", "12")));

    /**
     * UN/ECE Rec. 20 codes (and the carton, {@code CT}, of Taiwan's customs unit list) of units Comtrade has no code for,
     * each worded by {@code markets.units.rec20.<code>}; matched without case.
     */
    private static final Map<String, String> REC20 = caseless(Map.of("TNE", "TNE", "GRM", "GRM", "CT", "CT", "CMT", "CMT",
            "MMT", "MMT", "CMK", "CMK", "KMT", "KMT", "MLT", "MLT", "KWH", "KWH", "CEN", "CEN"));

    private static Map<String, String> caseless(Map<String, String> codes) {
        java.util.TreeMap<String, String> out = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        out.putAll(codes);
        return java.util.Collections.unmodifiableMap(out);
    }

    private QuantityUnits() {
    }

    /** The Comtrade quantity unit code of a stored unit ({@code 8}, {@code kg}, {@code KGM} all give 8); null when it is none of them. */
    static String comtradeCode(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.strip();
        if (u.matches("\\d{1,2}")) {
            int n = Integer.parseInt(u);
            return n >= 2 && n <= 12 ? Integer.toString(n) : null;
        }
        return CODES.get(u);
    }

    /** The message key wording a stored unit: a Comtrade unit's, else a Rec. 20 unit's; null for a unit of neither list. */
    static String key(String unit) {
        String code = comtradeCode(unit);
        if (code != null) {
            return "markets.units.comtrade." + code;
        }
        String rec20 = unit == null ? null : REC20.get(unit.strip());
        return rec20 == null ? null : "markets.units.rec20." + rec20;
    }

    /** The quantity's unit; null when there is none. */
    public static MessageText quantity(String unit) {
        if (unit == null) {
            return null;
        }
        if (TradeRow.netWeight(unit)) {
            return MessageText.of("markets.units.net-weight-kg");
        }
        String key = key(unit);
        return key != null ? MessageText.of(key) : MessageText.of("markets.units.as-imported", MessageText.Arg.literal(unit));
    }

    /** The unit value's unit ({@code USD/kg} / 「美元／公斤」, "USD per kg (net weight)"); null when there is no unit. */
    public static MessageText unitValue(String unit) {
        if (unit == null) {
            return null;
        }
        if (TradeRow.netWeight(unit)) {
            return MessageText.of("markets.units.per-net-weight-kg");
        }
        String key = key(unit);
        // the unit value's own label per unit ("USD per item", never "USD/units"; review t2fixL 10)
        return key != null ? MessageText.of(key.replace("markets.units.", "markets.units.per."))
                : MessageText.of("markets.units.as-imported", MessageText.Arg.literal("USD/" + unit));
    }

    /**
     * A unit text saved before units were worded ({@code markets.units.as-imported} of {@code 8} or {@code USD/kg}, in a stored
     * analysis result) as it is worded now; any other message as it is.
     */
    static MessageText upgrade(MessageText stored) {
        if (!"markets.units.as-imported".equals(stored.code()) || stored.args().size() != 1
                || stored.args().get(0).kind() != MessageText.Kind.LITERAL) {
            return stored;
        }
        String unit = stored.args().get(0).value();
        if (unit.startsWith("USD/") && key(unit.substring(4)) != null) {
            return unitValue(unit.substring(4));
        }
        return key(unit) != null ? quantity(unit) : stored;
    }
}
