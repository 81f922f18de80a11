package org.tradedesk.markets.domain.stats;

import java.util.Objects;

/**
 * One reported figure: {@code reporter} traded {@code product} with {@code partner} in {@code year}.
 * Codes are as in the source (ISO3 or M49 numeric; partner {@code 0} = World); {@code value} in the
 * dataset's currency unit; {@code quantity} may be absent (null) and is then never divided by.
 */
public record Observation(int year, String reporter, String partner, String product, TradeFlow flow,
                          double value, Double quantity) {

    public Observation {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(flow, "flow");
        if (!Double.isFinite(value) || value < 0) {
            throw new StatisticsInputException("markets.stats.observation.value", reporter, partner, product, year, value);
        }
    }

    /** The same figure seen from the other side (what the partner's mirror record would be). */
    Observation mirrored() {
        return new Observation(year, partner, reporter, product, flow.mirror(), value, quantity);
    }
}
