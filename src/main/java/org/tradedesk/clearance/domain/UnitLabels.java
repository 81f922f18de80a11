package org.tradedesk.clearance.domain;

import java.util.Locale;
import java.util.Set;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.UnitOfMeasure;

/**
 * A unit of an invoice or a transport document in the reader's words (t4fixW: the plausibility finding printed "USD/KGM"
 * and "EUR/H87"): a UN/ECE Recommendation 20 code ({@code KGM}, {@code H87}, {@code C62}, {@code LTR}, {@code MTR},
 * {@code MTK}, {@code SET}, {@code PR}...) or a form the product's alias table reads ({@link UnitOfMeasure#parse}: kg, pcs,
 * 公斤) is said by a message code, {@code clearance.unit.name.<unit>} (公斤, pieces) and {@code clearance.unit.per.<unit>}
 * (每公斤, per kilogram); a set keeps its own word (a set is counted as a piece for duties, not named one). A code the
 * product does not know stays the code as written.
 */
public final class UnitLabels {

    /** Codes that have a word of their own though {@link UnitOfMeasure} counts them as another unit. */
    private static final Set<String> OWN_WORD = Set.of("SET", "C62", "H87");

    private UnitLabels() {
    }

    /** The message-code suffix of a unit ({@code KG}, {@code PIECE}, {@code SET}), null for a code nobody knows. */
    static String key(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if ("SET".equals(c) || "SETS".equals(c)) {
            return "SET";
        }
        if (OWN_WORD.contains(c)) {
            // t4fixAF 1: Rec. 20 names C62 "one" (個, unit) and H87 "piece" (件): both read "pieces" put "1 pieces, 120 pieces"
            // side by side in a finding that says they are not the same unit
            return c;
        }
        return UnitOfMeasure.isKnown(c) ? UnitOfMeasure.parse(c).name() : null;
    }

    /**
     * A quantity with its unit ("1 piece", "120 units", 「120 個」): the singular word ({@code clearance.unit.one.<unit>})
     * for exactly 1, chosen here because a message's numbers reach the bundle already formatted (no MessageFormat choice);
     * a code nobody knows as written.
     */
    public static Arg quantity(Arg number, java.math.BigDecimal value, String code) {
        String key = key(code);
        Arg unit = key != null && value.compareTo(java.math.BigDecimal.ONE) == 0 ? Arg.code("clearance.unit.one." + key) : name(code);
        return Arg.message(MessageText.of("clearance.quantity.with-unit", number, unit));
    }

    /** The unit's name for a quantity ("1,200 公升", "300 pieces"); an unknown code as written. */
    public static Arg name(String code) {
        String key = key(code);
        return key == null ? Arg.literal(code == null ? "" : code.strip()) : Arg.code("clearance.unit.name." + key);
    }

    /** An amount per unit ("USD 12.50 per kilogram", 「每公斤 USD 12.50」); per a code nobody knows, "USD 12.50/XYZ". */
    public static Arg per(Arg amount, String code) {
        String key = key(code);
        return key == null
                ? Arg.message(MessageText.of("clearance.quantity.per-code", amount, Arg.literal(code == null ? "" : code.strip())))
                : Arg.message(MessageText.of("clearance.quantity.per-unit", amount, Arg.code("clearance.unit.per." + key)));
    }

    /** An amount per a unit of the product's own ({@code UnitOfMeasure}): "USD 38.56 per piece", 「每個 USD 38.56」. */
    public static Arg per(Arg amount, UnitOfMeasure unit) {
        return Arg.message(MessageText.of("clearance.quantity.per-unit", amount, Arg.code("clearance.unit.per." + unit.name())));
    }
}
