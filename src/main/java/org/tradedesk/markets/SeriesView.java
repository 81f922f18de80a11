package org.tradedesk.markets;

import java.math.BigDecimal;
import java.util.List;

/**
 * A series with its growth. {@code cagr} and {@code trendGrowth} are fractions (0.0937 = 9.37 % a year), computed on
 * the full, final periods only: preliminary or partial periods are shown (flagged) but never enter growth. No trend
 * (null) under 4 years. {@code unitValue} is value ÷ quantity, null where the quantity is empty or 0. {@code quantityUnit} is the
 * quantity's unit as the file gives it (Comtrade {@code qtyUnitAbbr}, the legacy unit code's abbreviation, TW customs 數量單位,
 * a mapped unit column; {@code kg (net weight)} where the file gives no quantity but a net weight, {@link TradeRow#NET_WEIGHT_KG}),
 * {@code unitValueUnit} the unit value's ({@code USD/kg}, {@code USD/kg (net weight)}); where a period's rows carry several units
 * ({@code mixedUnits}) nothing is summed and quantity and unit value are null.
 * {@code productNote} is set when the file does not hold the product code itself and the figures are the sum of
 * the codes beneath it that the file holds — which need not be the whole product (a file of HS 8542 asked for 85).
 */
public record SeriesView(long dataset, String reporter, String partner, Flow flow, String product, Frequency frequency,
                         List<Point> points, Double cagr, Double trendGrowth, List<Double> trendGrowthCi, String valuationBasis,
                         String units, String source, org.tradedesk.shared.MessageText productNote) {

    /**
     * {@code quantityUnitText} and {@code unitValueUnitText}: the units in the reader's language ("kg (net weight)" /
     * 「公斤（淨重）」 for the net-weight stand-in, {@link QuantityUnits}), JSON fields rendered in the answer's language;
     * worked out from {@code quantityUnit} when not given (a saved result without them).
     */
    public record Point(String period, BigDecimal value, Double quantity, String quantityUnit, Double unitValue, String unitValueUnit,
                        List<String> mixedUnits, boolean preliminary, Integer partialToMonth,
                        org.tradedesk.shared.MessageText quantityUnitText, org.tradedesk.shared.MessageText unitValueUnitText) {

        public Point {
            mixedUnits = mixedUnits == null ? List.of() : List.copyOf(mixedUnits);
            if (quantityUnitText == null) {
                quantityUnitText = QuantityUnits.quantity(quantityUnit);
            }
            if (unitValueUnitText == null && unitValue != null) {
                unitValueUnitText = QuantityUnits.unitValue(quantityUnit);
            }
        }

        public Point(String period, BigDecimal value, Double quantity, String quantityUnit, Double unitValue, String unitValueUnit,
                     List<String> mixedUnits, boolean preliminary, Integer partialToMonth) {
            this(period, value, quantity, quantityUnit, unitValue, unitValueUnit, mixedUnits, preliminary, partialToMonth, null, null);
        }

        /** "January–July (preliminary)", "Preliminary", or null for a full, final period ({@link PeriodFlags}). */
        public org.tradedesk.shared.MessageText flag() {
            return PeriodFlags.of(preliminary, partialToMonth);
        }

        /** Why there is no quantity although the rows have one: several units in the period (named), never summed; else null. */
        public org.tradedesk.shared.MessageText unitsNote() {
            return mixedUnits.isEmpty() ? null
                    : org.tradedesk.shared.MessageText.of("markets.series.units-mixed", org.tradedesk.shared.MessageText.Arg.message(PeriodFlags.units(mixedUnits)));
        }
    }
}
