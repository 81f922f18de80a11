package org.tradedesk.markets;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reference unit value of one HS6 product drawn from imported trade statistics, as another module (the clearance checks)
 * may read it: the median and the mean of the yearly unit values (value ÷ quantity, USD per {@code unit}) of the reporters'
 * imports over the latest {@code years} years the dataset holds, with where they came from.
 *
 * @param product     the HS6 code
 * @param unit        the quantity unit as stored ({@code u} items, {@code kg}, {@code 2u} pairs, {@code l}, the net-weight stand-in
 *                    {@link TradeRow#NET_WEIGHT_KG} …)
 * @param median      median of the yearly unit values, USD per unit
 * @param mean        mean of the yearly unit values, USD per unit
 * @param points      how many reporter-years the figures are drawn from
 * @param fromYear    the first year drawn from
 * @param toYear      the last year drawn from
 * @param reporters   the reporters drawn from, as "India (699)"
 * @param ownReporter true when the reporter asked for is the one drawn from; false when it had none and other reporters' imports stand in
 * @param datasetId   the dataset
 * @param source      the dataset's source as the file names it (UN Comtrade …)
 * @param fileName    the file it was imported from
 */
public record ImportUnitValue(String product, String unit, BigDecimal median, BigDecimal mean, int points, int fromYear, int toYear,
                              List<String> reporters, boolean ownReporter, long datasetId, String source, String fileName) {

    public ImportUnitValue {
        reporters = List.copyOf(reporters);
    }
}
