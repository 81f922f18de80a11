package org.tradedesk.markets;

import java.math.BigDecimal;

/**
 * One normalised trade-statistics observation, whatever file it came from.
 *
 * @param dataset        the source as the file names it ({@code UN Comtrade}, {@code GA30}, a WITS dataflow id)
 * @param format         the file format it was read from
 * @param reporterCode   the reporter's code as the source numbers it (Comtrade M49-like numeric; Taiwan = 490)
 * @param reporterIso3   ISO 3166 alpha-3 where known, else null
 * @param partnerCode    partner code; the World is always {@code 0}
 * @param partner2Code   Comtrade's second partner ({@code 0} = total); null where the format has none
 * @param flow           M import, X export
 * @param productCode    the code exactly as in the file (HS 2/4/6 digits, Taiwan 11-digit CCC, a WITS product group, TOTAL)
 * @param classification H3, H4, H5, H6, CCC, a WITS group scheme...
 * @param year           calendar year (ROC years converted: ROC + 1911)
 * @param month          1–12 for monthly rows; null for annual rows (Comtrade's refMonth 52)
 * @param frequency      A or M
 * @param valueUsd       value in full US dollars (sources in thousands are multiplied by 1000 exactly; see {@link #THOUSANDS_RULE})
 * @param netMassKg      net mass in kg; null when empty
 * @param quantity       supplementary quantity; null when empty or 0 (no unit value can be drawn from it)
 * @param quantityUnit   its unit (abbreviation or code); null when none
 * @param preliminary    the period is provisional (初步值) and must not count as a full year in growth rates
 * @param partialToMonth for a cumulative partial year (114年1月~114年7月) the last month covered, else null
 * @param valuationBasis CIF or FOB where the source says or implies it, else null
 * @param breakdown      a breakdown row (by second partner, mode of transport, customs procedure) whose total is another row:
 *                       kept, but never added to totals
 */
public record TradeRow(String dataset, SourceFormat format, String reporterCode, String reporterIso3, String partnerCode,
                       String partner2Code, Flow flow, String productCode, String classification, int year, Integer month,
                       Frequency frequency, BigDecimal valueUsd, Double netMassKg, Double quantity, String quantityUnit,
                       boolean preliminary, Integer partialToMonth, String valuationBasis, boolean breakdown) {

    /**
     * The largest value, quantity or net weight a row may carry: the trade table stores values as DECIMAL(18,3)
     * (15 digits before the point, 3 after), so 999,999,999,999,999.999 is the most it holds. A row above it is rejected on
     * its own ({@code markets.reject.too-large}) when read; quantities and weights share the bound (no real shipment comes near).
     */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.999");

    /** Units code of a source in thousands of USD: multiplied by 1000 exactly, no rounding (worded by {@code markets.units.*}). */
    public static final String THOUSANDS_RULE = "USD_THOUSANDS_X1000";

    /**
     * The quantity unit of a row whose file gives no quantity (Comtrade qtyUnit N/A, -1, or 1 "no quantity") but a net weight:
     * the net weight in kg stands as the quantity, and the unit value is "per kg (net weight)" ({@code markets.units.net-weight-*}).
     * A distinct unit, so it never sums with a supplementary quantity in kg.
     */
    public static final String NET_WEIGHT_KG = "kg (net weight)";

    /**
     * The machine code of the net-weight stand-in in the API ({@code quantityUnitCode}): Comtrade's own field name for the
     * net weight, never the words "kg (net weight)", which are the reader's ({@code quantityUnit}; review F9).
     */
    public static final String NET_WEIGHT_CODE = "netWgt";

    /** A stored unit as the API's code: {@link #NET_WEIGHT_CODE} for the net-weight stand-in, any other unit as stored. */
    public static String unitCode(String unit) {
        return netWeight(unit) ? NET_WEIGHT_CODE : unit;
    }

    /** True for {@link #NET_WEIGHT_KG}. */
    public static boolean netWeight(String unit) {
        return NET_WEIGHT_KG.equals(unit);
    }

    /** {@code 2019} for annual rows, {@code 2019-03} for monthly ones. */
    public String period() {
        return month == null ? Integer.toString(year) : "%d-%02d".formatted(year, month);
    }
}
