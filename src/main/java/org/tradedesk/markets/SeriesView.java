package org.tradedesk.markets;

import java.math.BigDecimal;
import java.util.List;

/**
 * A series with its growth. {@code cagr} and {@code trendGrowth} are fractions (0.0937 = 9.37 % a year), computed on
 * the full, final periods only: preliminary or partial periods are shown (flagged) but never enter growth. No trend
 * (null) under 4 years. {@code unitValue} is value ÷ quantity, null where the quantity is empty or 0.
 * {@code productNote} is set when the file does not hold the product code itself and the figures are the sum of
 * the codes beneath it that the file holds — which need not be the whole product (a file of HS 8542 asked for 85).
 */
public record SeriesView(long dataset, String reporter, String partner, Flow flow, String product, Frequency frequency,
                         List<Point> points, Double cagr, Double trendGrowth, List<Double> trendGrowthCi, String valuationBasis,
                         String units, String source, org.tradedesk.shared.MessageText productNote) {

    public record Point(String period, BigDecimal value, Double quantity, Double unitValue, boolean preliminary,
                        Integer partialToMonth) {
    }
}
