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
     * the same units (Taiwan customs files give KGM, PCE, ...). 1 ("no quantity") and -1 (N/A) are no unit.
     */
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("m2", "2"), Map.entry("1000 kWh", "3"),
            Map.entry("m", "4"), Map.entry("u", "5"), Map.entry("2u", "6"), Map.entry("l", "7"), Map.entry("kg", "8"),
            Map.entry("1000u", "9"), Map.entry("U (jeu/pack)", "10"), Map.entry("12u", "11"), Map.entry("m3", "12"),
            Map.entry("MTK", "2"), Map.entry("MTR", "4"), Map.entry("PCE", "5"), Map.entry("NAR", "5"), Map.entry("NPR", "6"),
            Map.entry("LTR", "7"), Map.entry("KGM", "8"), Map.entry("DZN", "11"), Map.entry("MTQ", "12"));

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

    /** The quantity's unit; null when there is none. */
    public static MessageText quantity(String unit) {
        if (unit == null) {
            return null;
        }
        if (TradeRow.netWeight(unit)) {
            return MessageText.of("markets.units.net-weight-kg");
        }
        String code = comtradeCode(unit);
        return code != null ? MessageText.of("markets.units.comtrade." + code)
                : MessageText.of("markets.units.as-imported", MessageText.Arg.literal(unit));
    }

    /** The unit value's unit ({@code USD/kg} / 「美元／公斤」, "USD per kg (net weight)"); null when there is no unit. */
    public static MessageText unitValue(String unit) {
        if (unit == null) {
            return null;
        }
        if (TradeRow.netWeight(unit)) {
            return MessageText.of("markets.units.per-net-weight-kg");
        }
        String code = comtradeCode(unit);
        return code != null ? MessageText.of("markets.units.per-unit", MessageText.Arg.code("markets.units.comtrade." + code))
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
        if (unit.startsWith("USD/") && comtradeCode(unit.substring(4)) != null) {
            return unitValue(unit.substring(4));
        }
        return comtradeCode(unit) != null ? quantity(unit) : stored;
    }
}
