package org.tradedesk.markets;

import java.math.BigDecimal;
import java.util.List;
import org.tradedesk.markets.domain.stats.Figure;
import org.tradedesk.shared.MessageText;

/**
 * Market indicators of one product and flow across every market and year of a dataset (issue 9, Analysis). Every
 * figure is a {@link Figure}: the message code of its formula, the value (a fraction for growth and shares: 0.0937 =
 * 9.37 %), or none and the reason. {@code basis} says which rows the values are ({@code markets.indicators.basis.*}:
 * trade with the World, or the sum of the partners when the dataset has no World rows); {@code rcaBasis} which total
 * over all products RCA divides by, or why RCA is not computable. Mirror rows ({@code mirror}) are partners that report
 * nothing for the product (Taiwan as partner 490): their flow estimated from the reporters' opposite flow.
 * {@code partner} (null: none asked for) is the partner of the share of partner, trade intensity and complementarity
 * ({@link MarketIndicators}), {@code partnerBasis} says which partner and over which products. {@code provenance}: the
 * data the figures are of ({@link Provenance}; null where the view was made without its dataset, as in the benchmark).
 */
public record IndicatorsView(long dataset, String product, Flow flow, int from, int to, String partner, MessageText basis,
                             MessageText rcaBasis, MessageText partnerBasis, List<Market> markets, List<Row> rows, String valuationBasis, String units, String source,
                             MessageText provenance) {

    public IndicatorsView(long dataset, String product, Flow flow, int from, int to, String partner, MessageText basis,
                          MessageText rcaBasis, MessageText partnerBasis, List<Market> markets, List<Row> rows, String valuationBasis,
                          String units, String source) {
        this(dataset, product, flow, from, to, partner, basis, rcaBasis, partnerBasis, markets, rows, valuationBasis, units, source, null);
    }

    /** The same figures with the line naming their data. */
    public IndicatorsView withProvenance(MessageText line) {
        return new IndicatorsView(dataset, product, flow, from, to, partner, basis, rcaBasis, partnerBasis, markets, rows, valuationBasis,
                units, source, line);
    }

    /** Growth of one market over its full, final years in the range: CAGR and log-linear trend (none under 4 years). */
    public record Market(String code, String iso3, String name, boolean mirror, Figure cagr, Figure trendGrowth,
                         List<Double> trendGrowthCi, long years) {
    }

    /** One market and year. {@code quantity} null where absent, zero or in mixed units. */
    public record Row(String code, String iso3, String name, int year, boolean mirror, BigDecimal value, Double quantity,
                      String quantityUnit, boolean preliminary, Integer partialToMonth, Figure unitValue, Figure yoyGrowth,
                      Figure marketShare, Figure rca, Figure relativeTradeBalance, Figure shareOfPartner, Figure tradeIntensity,
                      Figure tradeComplementarity, List<MessageText> notes) {
    }
}
