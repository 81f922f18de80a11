package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tradedesk.markets.DatasetView;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.SeriesView;
import org.tradedesk.markets.persistence.TradeTable;
import org.tradedesk.support.PostgresTest;

/**
 * The markets datasets on a real PostgreSQL: the Taiwan Big5 file imported (provenance and raw file in bytea), the
 * same file recognised, and the DuckDB rows rebuilt from the raw file read back from PostgreSQL.
 */
@PostgresTest
class MarketsOnPostgresTest {

    @Autowired
    MarketDatasets markets;
    @Autowired
    TradeTable table;

    DatasetView upload() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/markets/tw_customs_GA30_exports_HS8542_2013_2025.big5.csv")) {
            return markets.importFile("ga30.big5.csv", in, null, "postgres-suite", true);
        }
    }

    @Test
    void importsRecognisesAndRebuildsFromTheStoredFile() throws Exception {
        DatasetView d = upload();
        assertThat(d.status().name()).as(d.message()).isEqualTo("SUCCEEDED");
        assertThat(d.encoding()).isEqualTo("Big5");
        assertThat(upload().duplicate()).isTrue();
        table.drop(d.id());
        SeriesView s = markets.series(d.id(), "TWN", null, "X", "8542", "A", 2013, 2013);
        assertThat(s.points()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("62823154368.19"));
    }
}
