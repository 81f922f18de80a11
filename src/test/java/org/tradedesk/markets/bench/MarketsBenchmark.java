package org.tradedesk.markets.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.TradeRow;
import org.tradedesk.markets.domain.Growth;
import org.tradedesk.markets.importing.RowSink;
import org.tradedesk.markets.importing.TradeFileReader;
import org.tradedesk.markets.persistence.TradeTable;

/**
 * Issue 9 speed targets. (1) Importing a generated Comtrade v1 CSV of {@code markets.bench.rows} rows (default 10
 * million: 200 reporters × 500 HS6 codes × 10 years × 10 partners) through the product's streaming reader into
 * DuckDB with the appender: target under 60 s. (2) Indicators for one HS code across all markets and 10 years
 * (value per reporter and year, then CAGR and trend growth per reporter): DuckDB against the same query on
 * PostgreSQL (127.0.0.1:5432, database {@code test}, a temporary table, role from TRADEDESK_PG_USER/PASSWORD, default tradedesk;
 * skipped when not reachable), target under 1 s and 10× faster. Not run by {@code verify}. Run:
 * {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -Dmarkets.bench.rows=10000000 -cp target/classes:target/test-classes:$(cat target/cp.txt) org.tradedesk.markets.bench.MarketsBenchmark}.
 */
@State(Scope.Benchmark)
public class MarketsBenchmark {

    static final long ROWS = Long.getLong("markets.bench.rows", 10_000_000L);
    static final int REPORTERS = 200;
    static final int PRODUCTS = 500;
    static final int YEARS = 10;
    static final String HEADER = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,"
            + "flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,"
            + "classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,"
            + "motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,"
            + "netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,"
            + "isAggregate";

    Path dir;
    Path csv;
    TradeTable table;
    Connection postgres;

    static Path generate(Path dir, long rows) throws Exception {
        Path file = dir.resolve("comtrade-" + rows + ".csv");
        long partners = Math.max(1, rows / ((long) REPORTERS * PRODUCTS * YEARS));
        long written = 0;
        java.util.Random random = new java.util.Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write(HEADER);
            w.write("\r\n");
            outer:
            for (int r = 0; r < REPORTERS; r++) {
                for (int p = 0; p < PRODUCTS; p++) {
                    String cmd = Integer.toString(850000 + p * 7);
                    for (int y = 0; y < YEARS; y++) {
                        for (long q = 0; q < partners; q++) {
                            if (written++ >= rows) {
                                break outer;
                            }
                            int year = 2015 + y;
                            long value = 1_000_000L + random.nextInt(100_000_000);
                            w.write("C,A," + year + "0101," + year + ",52," + year + "," + (100 + r) + ",,,M,,"
                                    + (q == 0 ? 0 : 300 + q) + ",,,0,,,H5,HS,True," + cmd + ",,6,True,C00,,0,0,,8,kg,"
                                    + (random.nextInt(5000) + 1) + ",False,-1,,,False," + (random.nextInt(9000) + 1)
                                    + ".0,False,,False," + value + ".0,," + value + ".0,0,True,False\r\n");
                        }
                    }
                }
            }
        }
        return file;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("markets-bench");
        long t0 = System.nanoTime();
        csv = generate(dir, ROWS);
        System.out.printf("generated %,d rows (%,d MB) in %.1f s%n", ROWS, Files.size(csv) >> 20, (System.nanoTime() - t0) / 1e9);
        table = new TradeTable(dir.resolve("trade.duckdb").toString());
        importOnce(); // the table the query benchmarks read
        try {
            String user = System.getenv().getOrDefault("TRADEDESK_PG_USER", "tradedesk");
            String password = System.getenv().getOrDefault("TRADEDESK_PG_PASSWORD", "tradedesk");
            postgres = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", user, password);
            loadPostgres();
        } catch (java.sql.SQLException e) {
            System.out.println("PostgreSQL not reachable, its comparison is skipped: " + e.getMessage());
            postgres = null;
        }
    }

    long importOnce() throws Exception {
        long t0 = System.nanoTime();
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long kept;
        try (TradeTable.Loader loader = table.loader(1); InputStream in = Files.newInputStream(csv)) {
            long[] count = new long[1];
            TradeFileReader.read(in, Files.size(csv), null, new RowSink() {
                @Override
                public void row(TradeRow row) {
                    loader.append(row);
                    count[0]++;
                }

                @Override
                public void rejected(Rejection rejection) {
                    throw new IllegalStateException(rejection.toString());
                }
            }, null);
            loader.commit();
            kept = count[0];
        }
        // the reading thread's CPU time too: on a shared machine the wall time says more about the neighbours
        System.out.printf("imported %,d rows into DuckDB in %.1f s (reading thread CPU %.1f s)%n", kept, (System.nanoTime() - t0) / 1e9,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9);
        return kept;
    }

    void loadPostgres() throws Exception {
        long t0 = System.nanoTime();
        try (Statement s = postgres.createStatement()) {
            s.execute("drop table if exists markets_bench_trade");
            s.execute("create temporary table markets_bench_trade (dataset_id bigint, reporter_code varchar, reporter_iso3 varchar, "
                    + "partner_code varchar, flow varchar, product_code varchar, year integer, frequency varchar, "
                    + "value_usd numeric(18,3), breakdown boolean)");
        }
        // the same rows, exported from DuckDB and loaded with COPY (PostgreSQL's bulk path)
        Path export = dir.resolve("pg.csv");
        try (Connection c = table.connection(); Statement s = c.createStatement()) {
            s.execute("copy (select dataset_id, reporter_code, reporter_iso3, partner_code, flow, product_code, year, frequency, "
                    + "value_usd, breakdown from trade_row) to '" + export + "' (header false)");
        }
        org.postgresql.copy.CopyManager copy = new org.postgresql.copy.CopyManager((org.postgresql.core.BaseConnection) postgres);
        try (Reader r = Files.newBufferedReader(export)) {
            copy.copyIn("copy markets_bench_trade from stdin with (format csv)", r);
        }
        try (Statement s = postgres.createStatement()) {
            s.execute("create index markets_bench_product on markets_bench_trade (product_code, flow)");
            s.execute("analyze markets_bench_trade");
        }
        System.out.printf("loaded PostgreSQL (COPY + index) in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (postgres != null) {
            try (Statement s = postgres.createStatement()) {
                s.execute("drop table if exists markets_bench_trade");
            }
            postgres.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static final String INDICATORS = "select reporter_code, year, sum(value_usd) from %s where dataset_id = 1 and product_code = ? "
            + "and flow = 'M' and frequency = 'A' and not breakdown and partner_code = '0' and year between 2015 and 2024 "
            + "group by reporter_code, year order by reporter_code, year";

    static int indicators(Connection c, String table) throws Exception {
        Map<String, List<Growth.Point>> byReporter = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(INDICATORS.formatted(table))) {
            p.setString(1, "851750");
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    BigDecimal v = rs.getBigDecimal(3);
                    byReporter.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Growth.Point(rs.getInt(2), v.doubleValue()));
                }
            }
        }
        int n = 0;
        for (List<Growth.Point> points : byReporter.values()) {
            if (Growth.cagr(points) != null && Growth.trend(points) != null) {
                n++;
            }
        }
        if (n != REPORTERS) {
            throw new IllegalStateException("indicators for " + n + " markets, expected " + REPORTERS);
        }
        return n;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void indicatorsDuckDb(Blackhole bh) throws Exception {
        try (Connection c = table.connection()) {
            bh.consume(indicators(c, "trade_row"));
        }
    }

    /**
     * The same indicators through the product's own path ({@link TradeTable#byReporterAndYear}): a pooled connection, a
     * prepared statement kept with it, the product's codes resolved once per dataset (t2data slice).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void indicatorsDuckDbTradeTable(Blackhole bh) {
        Map<String, List<Growth.Point>> byReporter = new HashMap<>();
        for (TradeTable.ReporterYear r : table.byReporterAndYear(1, "M", "851750", "0", 2015, 2024)) {
            byReporter.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(new Growth.Point(r.year(), r.value().doubleValue()));
        }
        int n = 0;
        for (List<Growth.Point> points : byReporter.values()) {
            if (Growth.cagr(points) != null && Growth.trend(points) != null) {
                n++;
            }
        }
        if (n != REPORTERS) {
            throw new IllegalStateException("indicators for " + n + " markets, expected " + REPORTERS);
        }
        bh.consume(n);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void indicatorsPostgres(Blackhole bh) throws Exception {
        if (postgres == null) {
            return;
        }
        bh.consume(indicators(postgres, "markets_bench_trade"));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long importIntoDuckDb() throws Exception {
        return importOnce();
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(MarketsBenchmark.class.getSimpleName()).forks(1).warmupIterations(1)
                .warmupTime(TimeValue.seconds(3)).measurementIterations(3).measurementTime(TimeValue.seconds(5))
                .jvmArgsAppend("-Dmarkets.bench.rows=" + ROWS, "-Xmx2g").build()).run();
    }
}
