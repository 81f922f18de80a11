package org.tradedesk.markets.domain.stats;

import java.util.Objects;

/**
 * The tariff the product faces in a market, with where it comes from: computed from a loaded schedule
 * (the tariff module and the engine), typed by the user for a market whose schedule is not loaded, or the
 * average the trade dataset gives. {@code reference} names the schedule line, the user, or the dataset.
 * A rate in percent ad valorem (a statistic here, not an amount of money).
 */
public record MarketAccess(double ratePercent, Source source, String reference) {

    public enum Source {
        LOADED_SCHEDULE, TYPED_BY_USER, DATASET_AVERAGE;

        /** Message code of the provenance label. */
        public String code() {
            return "markets.stats.tariff-source." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public MarketAccess {
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(ratePercent) || ratePercent < 0) {
            throw new StatisticsInputException("markets.stats.tariff.invalid", ratePercent);
        }
    }
}
