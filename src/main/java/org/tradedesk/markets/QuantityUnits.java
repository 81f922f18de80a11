package org.tradedesk.markets;

import org.tradedesk.shared.MessageText;

/**
 * A quantity unit and a unit value's unit as the reader reads them: a unit as imported ({@code kg}, {@code u}) is printed as
 * it is; the net-weight stand-in ({@link TradeRow#NET_WEIGHT_KG}, a file with no quantity but a net weight) is worded in the
 * reader's language, "kg (net weight)" and "USD per kg (net weight)".
 */
public final class QuantityUnits {

    private QuantityUnits() {
    }

    /** The quantity's unit; null when there is none. */
    public static MessageText quantity(String unit) {
        if (unit == null) {
            return null;
        }
        return TradeRow.netWeight(unit) ? MessageText.of("markets.units.net-weight-kg")
                : MessageText.of("markets.units.as-imported", MessageText.Arg.literal(unit));
    }

    /** The unit value's unit ({@code USD/kg}, "USD per kg (net weight)"); null when there is no unit. */
    public static MessageText unitValue(String unit) {
        if (unit == null) {
            return null;
        }
        return TradeRow.netWeight(unit) ? MessageText.of("markets.units.per-net-weight-kg")
                : MessageText.of("markets.units.as-imported", MessageText.Arg.literal("USD/" + unit));
    }
}
