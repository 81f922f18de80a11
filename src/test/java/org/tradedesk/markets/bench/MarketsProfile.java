package org.tradedesk.markets.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.markets.Flow;
import org.tradedesk.markets.IndicatorsView;
import org.tradedesk.markets.MarketIndicators;
import org.tradedesk.markets.persistence.TradeTable;

/**
 * Where the DuckDB side of the full indicators spends its time (issue 9 speed work): imports the benchmark's generated
 * rows once into {@code markets.profile.dir} (kept, so later runs reuse it), then times the product path split into its
 * parts (statement, view) and prints DuckDB's {@code EXPLAIN ANALYZE} of the statement. Not a test. Run like
 * {@link MarketsBenchmark} with {@code -Dmarkets.bench.rows=2000000 -Dmarkets.profile.dir=/tmp/profile}.
 */
public final class MarketsProfile {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("markets.profile.dir", "/tmp/markets-profile"));
        Files.createDirectories(dir);
        Path db = dir.resolve("trade-" + MarketsBenchmark.ROWS + ".duckdb");
        boolean fresh = !Files.exists(db);
        MarketsBenchmark b = new MarketsBenchmark();
        b.dir = dir;
        b.table = new TradeTable(db.toString());
        if (fresh) {
            b.csv = MarketsBenchmark.generate(dir, MarketsBenchmark.ROWS);
            b.importInto(b.table, 1);
            Files.delete(b.csv);
        }
        TradeTable t = b.table;
        int n = Integer.getInteger("markets.bench.queries", 15);
        String p = MarketsBenchmark.PRODUCT;
        String partner = MarketsBenchmark.PARTNER;
        List<Long> stmt = new ArrayList<>();
        List<Long> view = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < n + 3; i++) {
            long c0 = MarketsBenchmark.processCpu();
            long t0 = System.nanoTime();
            List<TradeTable.IndicatorInput> in = t.indicators(1, "M", p, partner, 2015, 2024);
            long t1 = System.nanoTime();
            IndicatorsView v = MarketIndicators.view(1, p, Flow.M, partner, 2015, 2024, in, t.coverage(1), "CIF", "USD", "bench");
            long t2 = System.nanoTime();
            long c1 = MarketsBenchmark.processCpu();
            if (i >= 3) {
                stmt.add(t1 - t0);
                view.add(t2 - t1);
                cpu.add(c1 - c0);
            }
            if (v.rows().isEmpty()) {
                throw new IllegalStateException("no rows");
            }
        }
        System.out.printf("statement median %.1f ms (min %.1f), view median %.2f ms, process CPU median %.1f ms; load %s%n",
                MarketsBenchmark.median(stmt) / 1e6, MarketsBenchmark.min(stmt) / 1e6, MarketsBenchmark.median(view) / 1e6,
                MarketsBenchmark.median(cpu) / 1e6, MarketsBenchmark.loadAverage());
        if (Boolean.parseBoolean(System.getProperty("markets.profile.explain", "true"))) {
            String sql = TradeTable.indicatorsSql(t.coverage(1), t.level(1, p).size(), true);
            try (Connection c = t.connection()) {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("set enable_profiling = 'json'");
                    st.execute("set profiling_output = '" + dir.resolve("profile.json") + "'");
                    if (System.getProperty("markets.profile.threads") != null) {
                        st.execute("set threads = " + Integer.getInteger("markets.profile.threads"));
                    }
                }
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    TradeTable.bindIndicators(s, 1, "M", t.level(1, p), partner, 2015, 2024);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                }
            }
            System.out.println("profile written to " + dir.resolve("profile.json"));
        }
        t.close();
    }

    private MarketsProfile() {
    }
}
