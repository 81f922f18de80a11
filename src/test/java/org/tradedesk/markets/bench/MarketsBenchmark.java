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
import org.tradedesk.markets.Flow;
import org.tradedesk.markets.IndicatorsView;
import org.tradedesk.markets.MarketIndicators;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.TradeRow;
import org.tradedesk.markets.domain.Growth;
import org.tradedesk.markets.importing.RowSink;
import org.tradedesk.markets.importing.TradeFileReader;
import org.tradedesk.markets.persistence.TradeTable;

/**
 * Issue 9 speed targets. (1) Importing a generated Comtrade v1 CSV of {@code markets.bench.rows} rows (default 10
 * million: 200 reporters × 500 HS6 codes × 10 years × 2 flows × 5 partners — the World and 4 non-reporters; at least 1 million) through the product's streaming
 * reader into DuckDB ({@link TradeTable.Loader}: reading and appending on two threads): target under 60 s. (2) Indicators
 * for one HS code across all markets and 10 years (value per reporter and year, then CAGR and trend growth per reporter)
 * on DuckDB against the same query on PostgreSQL over the same rows (exported from DuckDB, loaded with COPY into an
 * unlogged table of {@code TRADEDESK_PG_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/tradedesk_test}, role
 * {@code TRADEDESK_PG_USER}/{@code TRADEDESK_PG_PASSWORD}, default tradedesk; skipped when not reachable) without an
 * index, with a b-tree on product and flow, and with the covering b-tree: target under 1 s and 10× faster. Not a test:
 * {@code verify} never runs it. Run (prints the figures; see {@link #main}):
 * {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.tradedesk.markets.bench.MarketsBenchmark}.
 *
 * <p>The full indicators on PostgreSQL run twice per index configuration: DuckDB's statement text as it is (which
 * PostgreSQL plans badly; {@code -Dmarkets.bench.pg-same-text=false} leaves it out) and the PostgreSQL-shaped statement
 * ({@link PostgresIndicators}: NOT EXISTS, window functions, pre-aggregated CTEs); the rows of every measured run are
 * compared with DuckDB's; a fifth configuration adds the indexes on the shares the shaped statement's complementarity
 * reads ({@link #SHAPED_INDEXES}). A run cancelled by the statement timeout ({@code markets.bench.pg-timeout-s}) is
 * recorded as not finished and the next configuration runs; at the end one table gives every configuration's median,
 * min, ratio over DuckDB's median (n/a when its rows differ from DuckDB's) and whether its rows were checked equal to
 * DuckDB's. The PostgreSQL tables' names end in the process id, so two runs on one PostgreSQL do not collide.
 *
 * <p>What each side gets (the same data, the same derived tables): DuckDB the product's import (rows, then in the
 * import's transaction the totals over all products {@code trade_total} and the complementarity's values and shares by
 * product {@code trade_share}/{@code trade_share_total}, {@code TradeTable.summarize}, timed with the import), no index
 * (DuckDB has zone maps only); PostgreSQL the same rows by COPY into an unlogged table and the same three derived tables
 * built by the same statements ({@link TradeTable#TOTALS}, {@link TradeTable#SHARES}, {@link TradeTable#SHARE_TOTALS}),
 * untimed, with each of the five index configurations, VACUUM ANALYZE after each. {@code -Dmarkets.bench.explain=true} prints its EXPLAIN (ANALYZE, BUFFERS) per
 * configuration; {@code -Dmarkets.bench.partner} the partner of the full indicators (default 100).
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
                            // half the partner slots imports, half exports: the World (0) and partners 301… that report
                            // nothing (mirror flows), so every indicator of the full query has its input
                            long half = Math.max(1, partners / 2);
                            String flow = q < half ? "M" : "X";
                            long partner = q % half == 0 ? 0 : 300 + q % half;
                            w.write("C,A," + year + "0101," + year + ",52," + year + "," + (100 + r) + ",,," + flow + ",,"
                                    + partner + ",,,0,,,H5,HS,True," + cmd + ",,6,True,C00,,0,0,,8,kg,"
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
            postgres = postgres();
            loadPostgres();
            indexPostgres(COVERING_INDEX);
        } catch (java.sql.SQLException e) {
            System.out.println("PostgreSQL not reachable, its comparison is skipped: " + e.getMessage());
            postgres = null;
        }
    }

    static Connection postgres() throws java.sql.SQLException {
        String url = System.getenv().getOrDefault("TRADEDESK_PG_URL", "jdbc:postgresql://127.0.0.1:5432/tradedesk_test");
        String user = System.getenv().getOrDefault("TRADEDESK_PG_USER", "tradedesk");
        String password = System.getenv().getOrDefault("TRADEDESK_PG_PASSWORD", "tradedesk");
        Connection c = DriverManager.getConnection(url, user, password);
        try (Statement s = c.createStatement()) {
            s.execute("set statement_timeout = '" + PG_TIMEOUT_S + "s'"); // a run that would take longer is cancelled
            // room for the complementarity's hash joins and aggregates over a million rows: with the default 4 MB
            // PostgreSQL sorts them on disk (external merge), which is the setting's fault, not the engine's
            s.execute("set work_mem = '" + PG_WORK_MEM + "'");
        }
        return c;
    }

    /** PostgreSQL's {@code work_mem} for the benchmark's session ({@code markets.bench.pg-work-mem}, default 256MB). */
    static final String PG_WORK_MEM = System.getProperty("markets.bench.pg-work-mem", "256MB");

    /** PostgreSQL's {@code statement_timeout} for the measured queries, seconds ({@code markets.bench.pg-timeout-s}, default 60). */
    static final int PG_TIMEOUT_S = Integer.getInteger("markets.bench.pg-timeout-s", 60);

    /**
     * The PostgreSQL tables' and indexes' names, with this process's id (as {@code PostgresIndicatorsTest}'s): two runs on
     * one PostgreSQL do not drop or fill each other's tables.
     */
    static final String SUFFIX = "_" + ProcessHandle.current().pid();
    static final String TRADE_T = "markets_bench_trade" + SUFFIX;
    static final String TOTAL_T = "markets_bench_total" + SUFFIX;
    static final String SHARE_T = "markets_bench_share" + SUFFIX;
    static final String SHARE_TOTAL_T = "markets_bench_share_total" + SUFFIX;
    static final String IX = "markets_bench_ix" + SUFFIX;
    static final String IX2 = "markets_bench_ix2" + SUFFIX;
    static final String IX3 = "markets_bench_ix3" + SUFFIX;

    /** The plain b-tree on the product (and flow) a first attempt would add. */
    static final String PRODUCT_INDEX = "create index " + IX + " on " + TRADE_T + " (product_code, flow)";
    /**
     * The best b-tree for this query: every filtered column in the key, the grouped and summed ones included, so that
     * PostgreSQL answers from the index alone (index-only scan after VACUUM) and reads just the 2,000 matching entries.
     */
    static final String COVERING_INDEX = "create index " + IX + " on " + TRADE_T + " (product_code, flow, partner_code, "
            + "dataset_id, frequency, breakdown, year, reporter_code) include (value_usd)";

    /**
     * For the full query: the product's rows by (product, flow, partner) with every column it reads (the totals over all
     * products are no longer a scan: they are read from the small totals table, as on DuckDB).
     */
    static final String FULL_INDEX = "create index " + IX + " on " + TRADE_T + " (product_code, flow, partner_code, "
            + "dataset_id, frequency, breakdown, year, reporter_code) include (value_usd, quantity, quantity_unit, preliminary, "
            + "partial_to_month, reporter_iso3)";

    /**
     * {@link #FULL_INDEX} and, for the complementarity's values and shares by product (the import's
     * {@link TradeTable#SHARES}, on PostgreSQL {@code markets_bench_share}), a b-tree by year and flow (the markets' rows
     * in the partner's years and the opposite flow) and one by reporter (the partner's own rows).
     */
    static final String SHAPED_INDEXES = FULL_INDEX + "; create index " + IX2 + " on " + SHARE_T + " (dataset_id, "
            + "year, flow) include (reporter_code, product_index, product_share); "
            + "create index " + IX3 + " on " + SHARE_T + " (dataset_id, reporter_code, year) "
            + "include (flow, product_index, value_usd, product_share)";

    /**
     * Zone maps: a copy of the table ordered by product (as a dataset's rows could be stored after import), the sort's cost
     * and the narrow and full queries on it, to see whether ordering the stored rows is worth its price.
     */
    void sortedByProduct(Blackhole bh) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = table.connection(); Statement s = c.createStatement()) {
            s.execute("create table trade_row_sorted as select * from trade_row order by dataset_id, product_code, flow, partner_code");
        }
        System.out.printf("SORT copy ordered by product in %.1f s; load average %s%n", (System.nanoTime() - t0) / 1e9, loadAverage());
        time("DuckDB raw SQL on the copy ordered by product", () -> {
            try (Connection c = table.connection()) {
                bh.consume(indicators(c, "trade_row_sorted"));
            }
        });
        String sql = TradeTable.indicatorsSql(table.coverage(1), 1, true).replace("trade_row", "trade_row_sorted");
        time("DuckDB full indicators SQL on the copy ordered by product", () -> {
            try (Connection c = table.connection(); PreparedStatement p = c.prepareStatement(sql)) {
                TradeTable.bindIndicators(p, 1, "M", List.of(PRODUCT), PARTNER, 2015, 2024);
                long n = 0;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                bh.consume(n);
            }
        });
        try (Connection c = table.connection(); Statement s = c.createStatement()) {
            s.execute("drop table trade_row_sorted");
        }
    }

    void indexPostgres(String ddl) throws Exception {
        long t0 = System.nanoTime();
        try (Statement s = postgres.createStatement()) {
            s.execute("set statement_timeout = 0"); // building an index is not what is measured
            s.execute("drop index if exists " + IX);
            s.execute("drop index if exists " + IX2);
            s.execute("drop index if exists " + IX3);
            if (ddl != null) {
                for (String one : ddl.split(";")) {
                    s.execute(one.strip());
                }
            }
            s.execute("vacuum analyze " + TRADE_T);
            s.execute("vacuum analyze " + SHARE_T);
            s.execute("set statement_timeout = '" + PG_TIMEOUT_S + "s'");
        }
        System.out.printf("PostgreSQL index %s in %.1f s%n", ddl == null ? "none" : ddl, (System.nanoTime() - t0) / 1e9);
    }

    long importOnce() throws Exception {
        return importInto(table, 1);
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** One import through the product's path (streaming reader, {@link TradeTable.Loader}); returns the wall time in ns. */
    long importInto(TradeTable into, long dataset) throws Exception {
        long t0 = System.nanoTime();
        long cpu0 = processCpu();
        long kept;
        try (TradeTable.Loader loader = into.loader(dataset); InputStream in = Files.newInputStream(csv)) {
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
        long wall = System.nanoTime() - t0;
        // the CPU time too: on a shared machine the wall time says as much about the neighbours
        System.out.printf("imported %,d rows into DuckDB in %.1f s wall, %.1f s CPU (all threads); load average %s%n", kept, wall / 1e9,
                (processCpu() - cpu0) / 1e9, loadAverage());
        if (kept != ROWS) {
            throw new IllegalStateException("imported " + kept + " rows, expected " + ROWS);
        }
        return wall;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    void loadPostgres() throws Exception {
        try (Statement s = postgres.createStatement()) {
            s.execute("set statement_timeout = 0"); // loading is not what is measured
        }
        try {
            load();
        } finally {
            try (Statement s = postgres.createStatement()) {
                s.execute("set statement_timeout = '" + PG_TIMEOUT_S + "s'");
            }
        }
    }

    private void load() throws Exception {
        long t0 = System.nanoTime();
        try (Statement s = postgres.createStatement()) {
            s.execute("drop table if exists " + TRADE_T);
            s.execute("create unlogged table " + TRADE_T + " (dataset_id bigint, reporter_code varchar, reporter_iso3 varchar, "
                    + "partner_code varchar, flow varchar, product_code varchar, year integer, frequency varchar, "
                    + "value_usd numeric(18,3), breakdown boolean, quantity double precision, quantity_unit varchar, preliminary boolean, "
                    + "partial_to_month integer)");
        }
        // the same rows, exported from DuckDB and loaded with COPY (PostgreSQL's bulk path)
        Path export = dir.resolve("pg.csv");
        try (Connection c = table.connection(); Statement s = c.createStatement()) {
            s.execute("copy (select dataset_id, reporter_code, reporter_iso3, partner_code, flow, product_code, year, frequency, "
                    + "value_usd, breakdown, quantity, quantity_unit, preliminary, partial_to_month from trade_row) to '" + export
                    + "' (header false)");
        }
        org.postgresql.copy.CopyManager copy = new org.postgresql.copy.CopyManager((org.postgresql.core.BaseConnection) postgres);
        try (Reader r = Files.newBufferedReader(export)) {
            copy.copyIn("copy " + TRADE_T + " from stdin with (format csv)", r);
        }
        Files.delete(export);
        System.out.printf("loaded PostgreSQL (COPY) in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        // the per-dataset totals, built the same way as the product's import builds DuckDB's (TradeTable.TOTALS)
        long t1 = System.nanoTime();
        try (Statement s = postgres.createStatement()) {
            s.execute("drop table if exists " + TOTAL_T);
            s.execute(pg(TradeTable.TOTALS_TABLE).replace("create table", "create unlogged table"));
        }
        try (PreparedStatement p = postgres.prepareStatement(pg(TradeTable.totalsSql(table.coverage(1))))) {
            p.setLong(1, 1);
            System.out.printf("PostgreSQL totals table: %,d rows in %.1f s%n", p.executeUpdate(), (System.nanoTime() - t1) / 1e9);
        }
        try (Statement s = postgres.createStatement()) {
            s.execute("analyze " + TOTAL_T);
        }
        // the complementarity's values and shares by product and their sums, by the statements the product's import runs
        // on DuckDB (TradeTable.SHARES, SHARE_TOTALS): the same pre-aggregate on both sides
        long t2 = System.nanoTime();
        try (Statement s = postgres.createStatement()) {
            s.execute("drop table if exists " + SHARE_T);
            s.execute("drop table if exists " + SHARE_TOTAL_T);
            s.execute(pg(TradeTable.SHARES_TABLE).replace("create table", "create unlogged table"));
            s.execute(pg(TradeTable.SHARE_TOTALS_TABLE).replace("create table", "create unlogged table"));
        }
        long shares = 0;
        for (String sql : List.of(TradeTable.sharesSql(table.coverage(1)), TradeTable.SHARE_TOTALS)) {
            try (PreparedStatement p = postgres.prepareStatement(pg(sql))) {
                p.setLong(1, 1);
                shares += p.executeUpdate();
            }
        }
        try (Statement s = postgres.createStatement()) {
            s.execute("analyze " + SHARE_T);
            s.execute("analyze " + SHARE_TOTAL_T);
        }
        System.out.printf("PostgreSQL shares tables: %,d rows in %.1f s%n", shares, (System.nanoTime() - t2) / 1e9);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (table != null) {
            table.close();
        }
        if (postgres != null) {
            try (Statement s = postgres.createStatement()) {
                s.execute("drop table if exists " + TRADE_T);
                s.execute("drop table if exists " + TOTAL_T);
                s.execute("drop table if exists " + SHARE_T);
                s.execute("drop table if exists " + SHARE_TOTAL_T);
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
            p.setString(1, PRODUCT);
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
        for (TradeTable.ReporterYear r : table.byReporterAndYear(1, "M", PRODUCT, "0", 2015, 2024)) {
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

    static final String PRODUCT = "851750";

    /**
     * The partner of the share of partner, trade intensity and complementarity in the full indicators
     * ({@code markets.bench.partner}, default 100: the first reporter, whose exports by product make the complementarity's
     * join work at 10 million rows, where the generator writes both flows).
     */
    static final String PARTNER = System.getProperty("markets.bench.partner", "100");

    /**
     * The full market indicators of issue 9 through the product's path: {@link TradeTable#indicators} (one DuckDB
     * statement: value, quantity, YoY, market share, RCA against every product's total, trade balance, mirror flows, the
     * growth regression) and {@link MarketIndicators#view} (the figures with their formulas), imports, 2015–2024.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void fullIndicatorsDuckDb(Blackhole bh) {
        IndicatorsView v = MarketIndicators.view(1, PRODUCT, Flow.M, PARTNER, 2015, 2024,
                table.indicators(1, "M", PRODUCT, PARTNER, 2015, 2024), table.coverage(1), "CIF", "USD", "bench");
        checkFull(v.rows().size(), v.rows().stream().filter(r -> r.rca().defined()).count(), v.markets().stream()
                .filter(m -> m.trendGrowth().defined()).count());
        bh.consume(v);
    }

    /** 200 reporters and (at 10 million rows) 4 mirror partners × 10 years; RCA for every reporter-year; a trend for every market. */
    static void checkFull(long rows, long rca, long trends) {
        // the generator's non-reporting partners: 4 at 10 million rows (10 partner slots), none under 2 million (one slot: the World)
        long partners = Math.max(1, ROWS / ((long) REPORTERS * PRODUCTS * YEARS));
        long markets = REPORTERS + Math.max(1, partners / 2) - 1;
        if (rows != markets * YEARS || rca != (long) REPORTERS * YEARS || trends != markets) {
            throw new IllegalStateException("full indicators: " + rows + " rows, " + rca + " RCA, " + trends + " trends; expected "
                    + markets * YEARS + ", " + REPORTERS * YEARS + ", " + markets);
        }
    }

    /** The product's DuckDB statement on the benchmark's PostgreSQL tables: only the table names differ. */
    static String pg(String duckDbSql) {
        return duckDbSql.replace("trade_total", TOTAL_T).replace("trade_row", TRADE_T)
                .replace("trade_share_total", SHARE_TOTAL_T).replace("trade_share", SHARE_T);
    }

    /** The same statement on PostgreSQL (the same SQL text and parameters as {@link TradeTable#indicatorsSql}): its rows. */
    List<TradeTable.IndicatorInput> fullIndicatorsPostgres() throws Exception {
        String sql = pg(TradeTable.indicatorsSql(table.coverage(1), 1, true));
        try (PreparedStatement p = postgres.prepareStatement(sql)) {
            TradeTable.bindIndicators(p, 1, "M", List.of(PRODUCT), PARTNER, 2015, 2024);
            return PostgresIndicators.rows(p);
        }
    }

    /** The PostgreSQL-shaped statement ({@link PostgresIndicators}): its rows (compared with DuckDB's after each run). */
    List<TradeTable.IndicatorInput> fullIndicatorsPostgresShaped() throws Exception {
        try (PreparedStatement p = postgres.prepareStatement(shapedSql())) {
            PostgresIndicators.bind(p, 1, "M", List.of(PRODUCT), PARTNER, 2015, 2024);
            return PostgresIndicators.rows(p);
        }
    }

    String shapedSql() {
        return PostgresIndicators.sql(table.coverage(1), 1, true, TRADE_T, TOTAL_T,
                SHARE_T, SHARE_TOTAL_T);
    }

    /** {@link #checkFull} on a statement's rows: reporters with RCA and markets with a trend. */
    static long checkFull(List<TradeTable.IndicatorInput> rows) {
        long rca = rows.stream().filter(r -> r.reporterAllProducts() != null && r.worldReporters() >= 2).count();
        long trends = rows.stream().filter(r -> r.slope() != null && r.years() >= 4).map(r -> r.code() + r.mirror()).distinct().count();
        checkFull(rows.size(), rca, trends);
        return rows.size();
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the PostgreSQL-shaped statement ({@code -Dmarkets.bench.explain=true}). */
    void explainShaped(String index) throws Exception {
        try (PreparedStatement p = postgres.prepareStatement("explain (analyze, buffers) " + shapedSql())) {
            PostgresIndicators.bind(p, 1, "M", List.of(PRODUCT), PARTNER, 2015, 2024);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            } catch (java.sql.SQLException e) {
                if (!"57014".equals(e.getSQLState())) {
                    throw e;
                }
                plan.append("not finished in ").append(PG_TIMEOUT_S).append(" s\n");
            }
            System.out.printf("EXPLAIN PostgreSQL-shaped, %s:%n%s", index, plan);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void indicatorsPostgres(Blackhole bh) throws Exception {
        if (postgres == null) {
            return;
        }
        bh.consume(indicators(postgres, TRADE_T));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long importIntoDuckDb() throws Exception {
        return importOnce();
    }

    /** JMH over the query methods (each in a fork of its own, which generates and loads the data again: slow). */
    public static void jmh() throws Exception {
        new Runner(new OptionsBuilder().include(MarketsBenchmark.class.getSimpleName()).forks(1).warmupIterations(1)
                .warmupTime(TimeValue.seconds(3)).measurementIterations(3).measurementTime(TimeValue.seconds(5))
                .jvmArgsAppend("-Dmarkets.bench.rows=" + ROWS, "-Xmx2g").build()).run();
    }

    /**
     * The figures of issue 9 in one JVM, the data generated and loaded once: {@code markets.bench.imports} imports
     * (default 3) of the generated file, each into a DuckDB file of its own, min and median wall time and the CPU time;
     * then the indicator query {@code markets.bench.queries} times (default 30, after 5 unmeasured) on DuckDB (the
     * raw SQL and the product's {@link TradeTable#byReporterAndYear}) and on PostgreSQL with no index, the plain index on
     * product and flow, and the covering index. {@code -Dmarkets.bench.jmh=true} runs the JMH harness instead.
     */
    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("markets.bench.jmh")) {
            jmh();
            return;
        }
        int imports = Integer.getInteger("markets.bench.imports", 3);
        MarketsBenchmark b = new MarketsBenchmark();
        System.out.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());
        b.dir = Files.createTempDirectory("markets-bench");
        try {
            long t0 = System.nanoTime();
            b.csv = generate(b.dir, ROWS);
            System.out.printf("generated %,d rows (%,d MB) in %.1f s%n", ROWS, Files.size(b.csv) >> 20, (System.nanoTime() - t0) / 1e9);
            List<Long> walls = new ArrayList<>();
            for (int i = 1; i <= imports; i++) {
                Path file = b.dir.resolve("import-" + i + ".duckdb");
                TradeTable t = new TradeTable(file.toString());
                walls.add(b.importInto(t, 1));
                if (i < imports) {
                    t.close();
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(b.dir.resolve("import-" + i + ".duckdb.wal"));
                } else {
                    b.table = t; // the last import is the table the queries read
                }
            }
            System.out.printf("IMPORT %,d rows: min %.1f s, median %.1f s over %d runs (target < 60 s)%n", ROWS, min(walls) / 1e9,
                    median(walls) / 1e9, walls.size());
            Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
            List<Line> lines = new ArrayList<>();
            long duck = time("DuckDB raw SQL", () -> b.indicatorsDuckDb(bh), lines, "DuckDB", "narrow: raw SQL");
            long duckProduct = time("DuckDB TradeTable.byReporterAndYear", () -> b.indicatorsDuckDbTradeTable(bh), lines, "DuckDB",
                    "narrow: TradeTable.byReporterAndYear");
            long duckFull = time("DuckDB full indicators (TradeTable.indicators + MarketIndicators.view)", () -> b.fullIndicatorsDuckDb(bh),
                    lines, "DuckDB", "full: TradeTable.indicators + view");
            // the reference the PostgreSQL statements' rows are compared with, after every measured run
            List<TradeTable.IndicatorInput> reference = b.table.indicators(1, "M", PRODUCT, PARTNER, 2015, 2024);
            checkFull(reference);
            if (Boolean.getBoolean("markets.bench.sorted")) {
                b.sortedByProduct(bh); // copies all rows: minutes at 10 million, so only when asked for
            }
            try {
                b.postgres = postgres();
            } catch (java.sql.SQLException e) {
                System.out.println("PostgreSQL not reachable, its comparison is skipped: " + e.getMessage());
                table(lines, duck, duckProduct, duckFull);
                return;
            }
            b.loadPostgres();
            long best = Math.min(duck, duckProduct);
            boolean sameText = Boolean.parseBoolean(System.getProperty("markets.bench.pg-same-text", "true"));
            for (String index : java.util.Arrays.asList(null, PRODUCT_INDEX, COVERING_INDEX, FULL_INDEX, SHAPED_INDEXES)) {
                b.indexPostgres(index);
                String name = index == null ? "PostgreSQL, no index" : index == PRODUCT_INDEX ? "PostgreSQL, index on product, flow"
                        : index == COVERING_INDEX ? "PostgreSQL, covering index" : index == FULL_INDEX
                        ? "PostgreSQL, covering index for the full query" : "PostgreSQL, full covering index + shares indexes";
                ratio("narrow", name, timePg(lines, name, "narrow", () -> {
                    b.indicatorsPostgres(bh);
                    return null;
                }, null), best);
                if (sameText) {
                    ratio("full", name, timePg(lines, name, "full: DuckDB's text", b::fullIndicatorsPostgres, reference), duckFull);
                }
                if (Boolean.getBoolean("markets.bench.explain")) {
                    b.explainShaped(name);
                }
                ratio("full PostgreSQL-shaped", name, timePg(lines, name, "full: PostgreSQL-shaped", b::fullIndicatorsPostgresShaped,
                        reference), duckFull);
            }
            table(lines, duck, duckProduct, duckFull);
        } finally {
            b.tearDown();
        }
    }

    /**
     * One measured configuration for the final table: its times (empty when its first run was cancelled), whether a run
     * was cancelled by the statement timeout, and what was checked of its rows.
     */
    record Line(String config, String query, List<Long> times, boolean timedOut, String checked) {
    }

    /**
     * The final table: per configuration and query, median and min (or "> N s, not finished"), the ratio over DuckDB's
     * median of the same query (narrow: DuckDB's faster narrow variant) and whether its rows were checked equal to DuckDB's.
     */
    static void table(List<Line> lines, long duck, long duckProduct, long duckFull) {
        System.out.printf("%nRESULTS %,d rows, load average %s%n", ROWS, loadAverage());
        System.out.printf("%-48s %-38s %14s %14s %16s  %s%n", "configuration", "query", "median", "min", "ratio vs DuckDB",
                "rows equal to DuckDB's checked");
        for (Line l : lines) {
            long reference = l.query().startsWith("full") ? duckFull : Math.min(duck, duckProduct);
            String median;
            String min;
            String ratio;
            if (l.checked().startsWith(DIFFERS)) {
                // a speed of other rows is no comparison
                median = l.times().isEmpty() ? "> " + PG_TIMEOUT_S + " s" : String.format("%.1f ms", median(l.times()) / 1e6);
                min = l.times().isEmpty() ? "not finished" : String.format("%.1f ms", min(l.times()) / 1e6);
                ratio = "n/a";
            } else if (l.times().isEmpty()) {
                median = "> " + PG_TIMEOUT_S + " s";
                min = "not finished";
                ratio = String.format("> %.1f", PG_TIMEOUT_S * 1e9 / reference);
            } else {
                median = String.format("%.1f ms", median(l.times()) / 1e6);
                min = String.format("%.1f ms", min(l.times()) / 1e6);
                ratio = String.format("%.1f", (double) median(l.times()) / reference);
            }
            System.out.printf("%-48s %-38s %14s %14s %16s  %s%n", l.config(), l.query(), median, min, ratio,
                    l.checked() + (l.timedOut() && !l.times().isEmpty() ? "; a later run not finished in " + PG_TIMEOUT_S + " s" : ""));
        }
    }

    interface Run {
        void run() throws Exception;
    }

    /** Runs the query 5 times unmeasured, then {@code markets.bench.queries} times; prints min and median; returns the median (ns). */
    static long time(String what, Run query) throws Exception {
        return time(what, query, Integer.getInteger("markets.bench.queries", 30), 5, null);
    }

    /** {@link #time(String, Run)}, the times kept as a line of the final table. */
    static long time(String what, Run query, List<Line> lines, String config, String label) throws Exception {
        List<Long> times = new ArrayList<>();
        long median = time(what, query, Integer.getInteger("markets.bench.queries", 30), 5, times);
        lines.add(new Line(config, label, times, false, label.startsWith("full") ? "reference (row counts checked)"
                : "no (200 markets checked)"));
        return median;
    }

    interface Rows {
        /** Runs the statement; its rows, or null when it has no rows to compare (the narrow query). */
        List<TradeTable.IndicatorInput> run() throws Exception;
    }

    /**
     * PostgreSQL: at most {@code markets.bench.pg-queries} runs (default and most 3, none unmeasured, so that 10 million
     * rows stay within minutes), each cancelled by the {@link #PG_TIMEOUT_S} statement timeout; a cancelled run ends
     * the configuration, which is recorded as not finished and the benchmark goes on with the next. After every run
     * (outside its time) the rows are compared with DuckDB's ({@code reference}, {@link PostgresIndicators#difference}):
     * a difference is recorded in the table and printed ({@code DIFFERS}), not thrown. Returns the median (ns), -1
     * when the first run was cancelled (reported as "> N s"), or {@link #ROWS_DIFFER} when the rows differed (no ratio).
     */
    static long timePg(List<Line> lines, String config, String query, Rows statement, List<TradeTable.IndicatorInput> reference)
            throws Exception {
        String what = config + ", " + query;
        int n = Math.min(3, Integer.getInteger("markets.bench.pg-queries", 3));
        List<Long> times = new ArrayList<>();
        String checked = reference == null ? "no (200 markets checked)" : "yes, equal";
        boolean timedOut = false;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            List<TradeTable.IndicatorInput> rows;
            try {
                rows = statement.run();
            } catch (java.sql.SQLException e) {
                if (!"57014".equals(e.getSQLState())) { // query_canceled: the statement timeout
                    throw e;
                }
                System.out.printf("QUERY %s: > %d s, not finished (statement_timeout; run %d of %d cancelled; load average %s)%n", what,
                        PG_TIMEOUT_S, i + 1, n, loadAverage());
                timedOut = true;
                if (times.isEmpty()) {
                    checked = "no (not finished)";
                }
                break;
            }
            times.add(System.nanoTime() - t0);
            if (reference != null) {
                String diff = PostgresIndicators.difference(reference, rows);
                if (diff != null) {
                    System.out.printf("DIFFERS %s: %s%n", what, diff);
                    checked = DIFFERS + diff;
                }
            }
        }
        lines.add(new Line(config, query, times, timedOut, checked));
        if (checked.startsWith(DIFFERS)) {
            return ROWS_DIFFER;
        }
        if (times.isEmpty()) {
            return -1;
        }
        System.out.printf("QUERY %s: min %.2f ms, median %.2f ms (%d runs; rows equal to DuckDB's: %s; load average %s)%n", what,
                min(times) / 1e6, median(times) / 1e6, times.size(), checked, loadAverage());
        return median(times);
    }

    /** What {@link #timePg} records of rows that differ from DuckDB's; their speed gets no ratio ("n/a"). */
    static final String DIFFERS = "NO, DIFFERS: ";

    /** {@link #timePg}'s answer when the rows differed from DuckDB's. */
    static final long ROWS_DIFFER = -2;

    /** PostgreSQL's median over DuckDB's ("n/a" when its rows differed); a cancelled PostgreSQL run gives a lower bound (the timeout over DuckDB's median). */
    static void ratio(String query, String index, long pg, long duck) {
        if (pg == ROWS_DIFFER) {
            System.out.printf("RATIO %s PostgreSQL (%s) / DuckDB: n/a (its rows differ from DuckDB's)%n", query, index);
        } else if (pg < 0) {
            System.out.printf("RATIO %s PostgreSQL (%s) / DuckDB > %.1f (lower bound: PostgreSQL > %d s; target >= 10)%n", query, index,
                    PG_TIMEOUT_S * 1e9 / duck, PG_TIMEOUT_S);
        } else {
            System.out.printf("RATIO %s PostgreSQL (%s) / DuckDB = %.1f (target >= 10)%n", query, index, (double) pg / duck);
        }
    }

    static long time(String what, Run query, int n, int warm, List<Long> kept) throws Exception {
        for (int i = 0; i < warm; i++) {
            query.run();
        }
        List<Long> times = kept == null ? new ArrayList<>() : kept;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            query.run();
            times.add(System.nanoTime() - t0);
        }
        System.out.printf("QUERY %s: min %.2f ms, median %.2f ms (%d runs; load average %s)%n", what, min(times) / 1e6, median(times) / 1e6,
                n, loadAverage());
        return median(times);
    }

    static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
