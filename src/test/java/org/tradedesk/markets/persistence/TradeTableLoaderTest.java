package org.tradedesk.markets.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradedesk.markets.Flow;
import org.tradedesk.markets.Frequency;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeRow;
import org.tradedesk.markets.importing.RowSink;
import org.tradedesk.markets.importing.TradeFileReader;

/**
 * The loader hands rows from the reading thread to a thread of its own that appends them (issue 9's import speed):
 * every row read is stored exactly once and as read, across batch boundaries; a row DuckDB cannot take fails the
 * whole dataset and leaves nothing; a loader closed without commit leaves nothing.
 */
class TradeTableLoaderTest {

    @TempDir
    Path dir;
    TradeTable table;

    @BeforeEach
    void open() {
        table = new TradeTable(dir.resolve("trade.duckdb").toString());
    }

    @AfterEach
    void close() throws Exception {
        table.close();
    }

    static TradeRow row(String product, String reporter, int year, BigDecimal value) {
        return new TradeRow("UN Comtrade", SourceFormat.COMTRADE_V1, reporter, null, "0", "0", Flow.M, product, "H5", year, null,
                Frequency.A, value, null, null, null, false, null, null, false);
    }

    /** Rows and value per product of one dataset, read back from DuckDB. */
    Map<String, String> stored(long dataset) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = table.connection(); PreparedStatement p = c.prepareStatement(
                "select product_code, count(*), sum(value_usd) from trade_row where dataset_id = ? group by product_code")) {
            p.setLong(1, dataset);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2) + " rows, " + rs.getBigDecimal(3).stripTrailingZeros().toPlainString());
                }
            }
        }
        return out;
    }

    static Map<String, String> expected(List<TradeRow> rows) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (TradeRow r : rows) {
            counts.computeIfAbsent(r.productCode(), k -> new long[1])[0]++;
            sums.merge(r.productCode(), r.valueUsd(), BigDecimal::add);
        }
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, n) -> out.put(k, n[0] + " rows, " + sums.get(k).stripTrailingZeros().toPlainString()));
        return out;
    }

    @Test
    void everyRowIsStoredOnceAndAsHandedOverAcrossBatchBoundaries() throws Exception {
        List<TradeRow> rows = new ArrayList<>();
        for (int i = 0; i < 3 * TradeTable.BATCH + 17; i++) {
            rows.add(row("8542" + (10 + i % 7), Integer.toString(100 + i % 13), 2015 + i % 10, new BigDecimal(i + ".125")));
        }
        try (TradeTable.Loader loader = table.loader(5)) {
            rows.forEach(loader::append);
            loader.commit();
            assertThat(loader.rows()).isEqualTo(rows.size());
        }
        assertThat(stored(5)).isEqualTo(expected(rows)).hasSize(7);
        assertThat(table.holds(5)).isTrue();
    }

    @Test
    void aRealFileIsStoredRowForRowAsTheReaderGaveIt() throws Exception {
        List<TradeRow> read = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (TradeTable.Loader loader = table.loader(9);
             InputStream in = getClass().getResourceAsStream("/markets/comtrade_legacy_IND_CHN_H3_2010.csv")) {
            TradeFileReader.read(in, 0, null, new RowSink() {
                @Override
                public void row(TradeRow row) {
                    read.add(row);
                    loader.append(row);
                }

                @Override
                public void rejected(Rejection rejection) {
                    rejected.add(rejection);
                }
            }, null);
            loader.commit();
        }
        assertThat(read).hasSizeGreaterThan(100);
        assertThat(stored(9)).isEqualTo(expected(read));
    }

    @Test
    void aRowDuckDbCannotTakeFailsTheDatasetAndNothingOfItStays() throws Exception {
        TradeTable.Loader loader = table.loader(3);
        try (loader) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 2 * TradeTable.BATCH; i++) {
                    loader.append(row("854231", "156", 2020, BigDecimal.TEN));
                }
                loader.append(row("854231", "156", 2021, new BigDecimal("1e17"))); // beyond DECIMAL(18,3)
                for (int i = 0; i < 5 * TradeTable.BATCH; i++) {
                    loader.append(row("854231", "156", 2022, BigDecimal.ONE));
                }
                loader.commit();
            }).isInstanceOf(IllegalStateException.class).hasMessageContaining("DuckDB append failed");
        }
        assertThat(stored(3)).isEmpty();
        assertThat(table.holds(3)).isFalse();
        try (TradeTable.Loader again = table.loader(3)) { // the store is still usable
            again.append(row("854231", "156", 2020, BigDecimal.TEN));
            again.commit();
        }
        assertThat(stored(3)).containsEntry("854231", "1 rows, 10");
    }

    @Test
    void aLoaderClosedWithoutCommitLeavesNothing() throws Exception {
        try (TradeTable.Loader loader = table.loader(4)) {
            for (int i = 0; i < TradeTable.BATCH + 1; i++) {
                loader.append(row("854231", "156", 2020, BigDecimal.TEN));
            }
        }
        assertThat(stored(4)).isEmpty();
        assertThat(table.holds(4)).isFalse();
    }

    /** Rows of trade_total (reporter|year|flow → value) and of dataset_summary for a dataset. */
    Map<String, String> totals(long dataset) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = table.connection(); PreparedStatement p = c.prepareStatement(
                "select reporter_code, year, flow, value_usd from trade_total where dataset_id = ?")) {
            p.setLong(1, dataset);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3), rs.getBigDecimal(4).stripTrailingZeros().toPlainString());
                }
            }
        }
        try (Connection c = table.connection(); PreparedStatement p = c.prepareStatement(
                "select count(*) from dataset_summary where dataset_id = ?")) {
            p.setLong(1, dataset);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    out.put("summary", Long.toString(rs.getLong(1)));
                }
            }
        }
        return out;
    }

    /**
     * Issue 9 speed: a reporter's total over all products (RCA's denominator) is written at import, in the import's
     * transaction, from the shallowest code level (here the chapters 84 and 85, not 8542 beneath them), and goes with
     * the dataset. Figures by hand: 156 = 100 + 50; 410 = 7.5 + 2.5.
     */
    @Test
    void totalsOverAllProductsAreWrittenWithTheDatasetAndGoWithIt() throws Exception {
        try (TradeTable.Loader loader = table.loader(7)) {
            loader.append(row("84", "156", 2020, new BigDecimal("100")));
            loader.append(row("85", "156", 2020, new BigDecimal("50")));
            loader.append(row("8542", "156", 2020, new BigDecimal("30")));
            loader.append(row("84", "410", 2020, new BigDecimal("7.5")));
            loader.append(row("85", "410", 2020, new BigDecimal("2.5")));
            loader.commit();
        }
        assertThat(totals(7)).containsExactlyInAnyOrderEntriesOf(Map.of("156|2020|M", "150", "410|2020|M", "10", "summary", "1"));
        assertThat(table.coverage(7)).isEqualTo(new TradeTable.Coverage(true, false, 2, 2));
        try (TradeTable.Loader loader = table.loader(8)) { // never committed: no totals either
            loader.append(row("84", "156", 2020, BigDecimal.TEN));
        }
        assertThat(totals(8)).isEmpty();
        table.drop(7);
        assertThat(totals(7)).isEmpty();
        assertThat(stored(7)).isEmpty();
    }

    /** Rows of trade_share (reporter|year|flow|product → value, share) and trade_share_total (reporter|year|flow → value). */
    Map<String, String> shares(long dataset) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = table.connection(); PreparedStatement p = c.prepareStatement(
                "select reporter_code, year, flow, product_code, value_usd, product_share from trade_share where dataset_id = ?")) {
            p.setLong(1, dataset);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4),
                            rs.getBigDecimal(5).stripTrailingZeros().toPlainString() + " " + rs.getDouble(6));
                }
            }
        }
        try (Connection c = table.connection(); PreparedStatement p = c.prepareStatement(
                "select reporter_code, year, flow, value_usd from trade_share_total where dataset_id = ?")) {
            p.setLong(1, dataset);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3), rs.getBigDecimal(4).stripTrailingZeros().toPlainString());
                }
            }
        }
        return out;
    }

    /** Chapters 84 and 85 with the World, a heading below them, a row with a partner, a chapter of value 0. */
    void loadChapters(long dataset) {
        try (TradeTable.Loader loader = table.loader(dataset)) {
            loader.append(row("84", "156", 2020, new BigDecimal("100")));
            loader.append(row("85", "156", 2020, new BigDecimal("50")));
            loader.append(row("8542", "156", 2020, new BigDecimal("30")));
            loader.append(new TradeRow("UN Comtrade", SourceFormat.COMTRADE_V1, "156", null, "840", "0", Flow.M, "84", "H5", 2020,
                    null, Frequency.A, new BigDecimal("40"), null, null, null, false, null, null, false));
            loader.append(row("84", "410", 2020, new BigDecimal("7.5")));
            loader.append(row("85", "410", 2020, new BigDecimal("2.5")));
            loader.append(row("86", "410", 2020, BigDecimal.ZERO));
            loader.commit();
        }
    }

    /**
     * Issue 9 speed: the complementarity's values with the World by product of the top level and their shares of the
     * reporter's sum over those products are written at import, in the import's transaction, and go with the dataset.
     * Figures by hand: 156 sums 100 + 50 = 150 (8542 is below the top level, the row with 840 not with the World), shares
     * 100/150 and 50/150; 410 sums 7.5 + 2.5 = 10, shares 0.75 and 0.25 (86, of value 0, has no share).
     */
    @Test
    void sharesByProductAreWrittenWithTheDatasetAndGoWithIt() throws Exception {
        loadChapters(9);
        assertThat(shares(9)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "156|2020|M|84", "100 " + 100.0 / 150.0, "156|2020|M|85", "50 " + 50.0 / 150.0, "156|2020|M", "150",
                "410|2020|M|84", "7.5 0.75", "410|2020|M|85", "2.5 0.25", "410|2020|M", "10"));
        table.drop(9);
        assertThat(shares(9)).isEmpty();
    }

    /** A dataset stored before the shares were written at import gets them, once, when its coverage is first asked for. */
    @Test
    void aDatasetStoredBeforeTheSharesGetsThemWhenFirstAsked() throws Exception {
        loadChapters(10);
        Map<String, String> written = shares(10);
        table.close();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("trade.duckdb"));
             java.sql.Statement s = c.createStatement()) { // as a store written before the shares leaves it
            s.execute("delete from trade_share where dataset_id = 10");
            s.execute("delete from trade_share_total where dataset_id = 10");
            s.execute("update dataset_summary set shares = null where dataset_id = 10");
        }
        table = new TradeTable(dir.resolve("trade.duckdb").toString());
        assertThat(shares(10)).isEmpty();
        assertThat(table.coverage(10)).isEqualTo(new TradeTable.Coverage(true, false, 2, 3));
        assertThat(shares(10)).isEqualTo(written).hasSize(6);
    }

    /**
     * Two first requests at once for a dataset stored before the shares: the shares are written once, both requests get
     * the coverage (before, both wrote the dataset_summary row in transactions of their own and DuckDB failed one: a 500).
     * Several datasets, each with two threads released together, so that the requests overlap.
     */
    @Test
    void twoFirstRequestsAtOnceWriteAnOldDatasetsSharesOnce() throws Exception {
        int datasets = 6;
        Map<Long, Map<String, String>> written = new TreeMap<>();
        for (long d = 20; d < 20 + datasets; d++) {
            loadChapters(d);
            written.put(d, shares(d));
        }
        table.close();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("trade.duckdb"));
             java.sql.Statement s = c.createStatement()) { // as a store written before the shares leaves it
            s.execute("delete from trade_share");
            s.execute("delete from trade_share_total");
            s.execute("update dataset_summary set shares = null");
        }
        table = new TradeTable(dir.resolve("trade.duckdb").toString());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (long d = 20; d < 20 + datasets; d++) {
                long dataset = d;
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Callable<TradeTable.Coverage> first = () -> {
                    together.await();
                    return table.coverage(dataset);
                };
                List<java.util.concurrent.Future<TradeTable.Coverage>> both = pool.invokeAll(List.of(first, first));
                for (java.util.concurrent.Future<TradeTable.Coverage> f : both) {
                    assertThat(f.get()).isEqualTo(new TradeTable.Coverage(true, false, 2, 3));
                }
                assertThat(shares(dataset)).isEqualTo(written.get(dataset)).hasSize(6);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(table.lateSummaries).as("one late summary per dataset").hasValue(datasets);
    }
}
