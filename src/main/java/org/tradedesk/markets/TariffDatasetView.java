package org.tradedesk.markets;

import java.time.Instant;
import java.util.List;

/**
 * A tariff-line file imported for one market (t2fixN): the market declared at import (the file does not name its country),
 * file name, SHA-256, rows read / kept / rejected with the reasons, the years it holds; {@code duplicate} when the same file
 * had been imported for the market before (nothing imported again).
 */
public record TariffDatasetView(long id, String market, String fileName, String sha256, int rowsRead, int rowsKept, int rowsRejected,
                                List<Rejection> rejections, Integer firstYear, Integer lastYear, String createdBy, Instant createdAt,
                                boolean duplicate) {

    public TariffDatasetView asDuplicate() {
        return new TariffDatasetView(id, market, fileName, sha256, rowsRead, rowsKept, rowsRejected, rejections, firstYear, lastYear,
                createdBy, createdAt, true);
    }
}
