package org.tradedesk.markets.persistence;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tradedesk.markets.TradeRow;

/**
 * The trade rows of every dataset in an embedded DuckDB (one file per application instance, under the data
 * directory; {@code tradedesk.markets.duckdb-file}). Rows are loaded with DuckDB's appender in one transaction per
 * dataset, so a file that fails half-way leaves nothing. {@code loaded_dataset} says which datasets this file holds:
 * another instance's import is loaded here from the raw file kept in the relational database when first asked for.
 * Values are DECIMAL(18,3) US dollars (exact to a tenth of a cent; at most {@link TradeRow#MAX_AMOUNT} a row, which the readers check); a source value with
 * more decimals is rounded half-even to 0.001 USD.
 */
@Component
public class TradeTable {

    private final DuckDBConnection root;

    /**
     * Read connections kept for the next query, each with its prepared statements: profiling showed the first query on a
     * fresh duplicate connection and the planning of a statement cost more than a selective query itself (issue 9's
     * speed note). A connection is used by one thread at a time (taken from the queue, given back after the query).
     */
    private final java.util.concurrent.BlockingQueue<Pooled> idle = new java.util.concurrent.ArrayBlockingQueue<>(POOL);
    private static final int POOL = 4;

    /** Datasets this file is known to hold (a positive answer never changes until {@link #drop}). */
    private final java.util.Set<Long> held = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The codes a product query reads, per dataset and product ({@link #PRODUCT_LEVEL}); a dataset's rows never change once loaded. */
    private final java.util.Map<String, List<String>> levels = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LEVELS_KEPT = 2000;

    private record Pooled(DuckDBConnection connection, java.util.Map<String, PreparedStatement> statements) {
        PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement p = statements.get(sql);
            if (p == null) {
                if (statements.size() > 64) {
                    for (PreparedStatement old : statements.values()) {
                        old.close();
                    }
                    statements.clear();
                }
                p = connection.prepareStatement(sql);
                statements.put(sql, p);
            }
            return p;
        }

        void close() {
            try {
                for (PreparedStatement p : statements.values()) {
                    p.close();
                }
                connection.close();
            } catch (SQLException ignored) {
                // closing a duplicate connection does not close the database
            }
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Pooled c) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row of the statement's result, each read by {@code row}, in the result's order. */
    private static <T> List<T> rows(PreparedStatement p, RowReader<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(row.read(rs));
            }
        }
        return out;
    }

    private <T> T withConnection(Query<T> query) {
        Pooled c = idle.poll();
        try {
            if (c == null) {
                c = new Pooled((DuckDBConnection) root.duplicate(), new java.util.HashMap<>());
            }
            T result = query.run(c);
            if (!idle.offer(c)) {
                c.close();
            }
            c = null;
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (c != null) {
                c.close(); // a failed query: the connection is not trusted again
            }
        }
    }

    /** DuckDB's own default would be 80 % of the machine's memory: a bound of the store's own instead (t2duck). */
    public static final String DEFAULT_MEMORY_LIMIT = "1GB";

    /** A file with the default bounds: {@link #DEFAULT_MEMORY_LIMIT}, spill files in {@code <file>.tmp} beside it. */
    public TradeTable(String file) {
        this(file, DEFAULT_MEMORY_LIMIT, "", DEFAULT_MAX_TEMP_SIZE);
    }

    /** The most DuckDB may spill to its temporary directory (its own default is 90 % of the disk's free space). */
    public static final String DEFAULT_MAX_TEMP_SIZE = "10GB";

    /**
     * Opens (or creates) the store with bounded memory and disk (t2duck): {@code memoryLimit} is DuckDB's {@code memory_limit}
     * (e.g. {@code 1GB}, {@code 512MB}; beyond it DuckDB spills to disk or the statement fails, never the JVM's heap), and
     * {@code tempDirectory} DuckDB's {@code temp_directory}, where it spills (blank: {@code <file>.tmp} beside the file, on the
     * data disk, never the system's {@code /tmp}), at most {@code maxTempSize} there ({@code max_temp_directory_size}: a statement
     * that would spill more fails instead of filling the disk).
     */
    @org.springframework.beans.factory.annotation.Autowired
    public TradeTable(@Value("${tradedesk.markets.duckdb-file:${tradedesk.data-dir:./data}/markets/trade.duckdb}") String file,
                      @Value("${tradedesk.markets.duckdb.memory-limit:" + DEFAULT_MEMORY_LIMIT + "}") String memoryLimit,
                      @Value("${tradedesk.markets.duckdb.temp-directory:}") String tempDirectory,
                      @Value("${tradedesk.markets.duckdb.max-temp-size:" + DEFAULT_MAX_TEMP_SIZE + "}") String maxTempSize) {
        String limit = size("memory-limit", memoryLimit, DEFAULT_MEMORY_LIMIT);
        String maxTemp = size("max-temp-size", maxTempSize, DEFAULT_MAX_TEMP_SIZE);
        try {
            Path path = Path.of(file).toAbsolutePath();
            Files.createDirectories(path.getParent());
            Path spill = tempDirectory == null || tempDirectory.isBlank() ? path.resolveSibling(path.getFileName() + ".tmp")
                    : Path.of(tempDirectory.strip()).toAbsolutePath();
            Files.createDirectories(spill);
            Class.forName("org.duckdb.DuckDBDriver");
            // the bounds given at open (t2fixG), so the replay of the write-ahead log on open runs within them too; global
            // settings: every connection duplicated from this one (queries, loaders) shares them
            java.util.Properties bounds = new java.util.Properties();
            bounds.setProperty("memory_limit", limit);
            bounds.setProperty("temp_directory", spill.toString());
            bounds.setProperty("max_temp_directory_size", maxTemp);
            root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + path, bounds);
            try (Statement s = root.createStatement()) {
                s.execute("""
                        create table if not exists trade_row (
                            dataset_id bigint not null, reporter_code varchar, reporter_iso3 varchar, partner_code varchar,
                            partner2_code varchar, flow varchar, product_code varchar, classification varchar, year integer,
                            month integer, frequency varchar, value_usd decimal(18,3), net_mass_kg double, quantity double,
                            quantity_unit varchar, preliminary boolean, partial_to_month integer, valuation_basis varchar,
                            breakdown boolean)""");
                s.execute("create table if not exists loaded_dataset (dataset_id bigint primary key, row_count bigint)");
                s.execute(TOTALS_TABLE);
                s.execute(SUMMARY_TABLE);
                s.execute(SHARES_TABLE);
                s.execute(SHARE_TOTALS_TABLE);
                // a store written before the shares: their flag, null until they are built (see coverage)
                s.execute("alter table dataset_summary add column if not exists shares boolean");
                // a store written before the shares carried their product index: built again once, as above
                s.execute("alter table dataset_summary add column if not exists share_index boolean");
                s.execute("alter table trade_share add column if not exists product_index integer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot open the DuckDB trade store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The least a size setting may be (t2fixG): below it DuckDB cannot even replay its log or load a dataset. */
    public static final long MIN_SIZE_BYTES = 64L * 1000 * 1000;

    /** A size setting as DuckDB reads it ({@code 1GB}, {@code 512MB}, {@code 1.5GiB}): checked, never pasted into SQL unchecked. */
    static String size(String property, String value, String fallback) {
        String v = value == null || value.isBlank() ? fallback : value.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)([0-9]+(?:\\.[0-9]+)?)\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)").matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("tradedesk.markets.duckdb." + property + " must be a size such as 1GB or 512MB, not " + value);
        }
        String unit = m.group(2).toUpperCase(java.util.Locale.ROOT);
        BigDecimal base = unit.endsWith("IB") ? BigDecimal.valueOf(1024) : BigDecimal.valueOf(1000);
        int power = switch (unit.charAt(0)) {
            case 'K' -> 1;
            case 'M' -> 2;
            case 'G' -> 3;
            case 'T' -> 4;
            default -> 0;
        };
        if (new BigDecimal(m.group(1)).multiply(base.pow(power)).compareTo(BigDecimal.valueOf(MIN_SIZE_BYTES)) < 0) {
            throw new IllegalArgumentException("tradedesk.markets.duckdb." + property + " must be at least 64MB (DuckDB needs that much "
                    + "to open its file and load a dataset), not " + value);
        }
        return v;
    }

    @PreDestroy
    public void close() throws SQLException {
        for (Pooled c; (c = idle.poll()) != null; ) {
            c.close();
        }
        root.close();
    }

    /** A connection of its own for one operation (DuckDB connections are not shared between threads). */
    public Connection connection() throws SQLException {
        return root.duplicate();
    }

    /** Appends one dataset's rows in one transaction; {@link #commit()} or {@link #rollback()} ends it. */
    public Loader loader(long dataset) {
        try {
            return new Loader(dataset, root.duplicate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The loader's temporary table (one per loader connection: temporary tables are the connection's own). */
    private static final String LOAD_TABLE = "trade_row_load";

    /**
     * The order a dataset's rows are stored in (issue 9 speed): by product first, so that DuckDB's min-max zone maps of
     * {@code product_code} let a query for one product (the indicators, series, values by partner or reporter) skip every
     * row group (122,880 rows) holding none of its codes; a product's codes sit together (a heading's subheadings are
     * adjacent), then flow, partner (the World, {@code 0}, first) and year. Rows of one dataset are appended as one block,
     * so {@code dataset_id} is ordered too.
     */
    static final String LOAD_ORDER = "product_code, flow, partner_code, year, reporter_code";

    /** Rows handed from the reading thread to the appending thread at a time; at most {@link #QUEUED} batches wait. */
    static final int BATCH = 8192;
    private static final int QUEUED = 4;
    private static final Batch END = new Batch(0);

    /** Rows handed over at a time, each with its file line and breakdown key (t2fixS: kept in the load table to find repeats). */
    private static final class Batch {
        final TradeRow[] rows;
        final long[] lines;
        final String[] keys;
        int size;

        Batch(int capacity) {
            rows = new TradeRow[capacity];
            lines = new long[capacity];
            keys = new String[capacity];
        }
    }

    /**
     * Loads one dataset: the reading thread hands rows over in batches ({@link #BATCH}) to a thread of the loader's own
     * that appends them, so parsing the file and writing DuckDB run side by side (issue 9's speed note: each took about
     * half of a 10-million-row import). At most {@link #QUEUED} batches wait, so memory stays bounded whatever the file's
     * size. An append that fails is reported to the reading thread at its next {@link #append} or at {@link #commit}; the
     * transaction is then rolled back, so nothing of the dataset stays.
     */
    public final class Loader implements AutoCloseable {
        private final long dataset;
        private final DuckDBConnection connection;
        private DuckDBAppender appender; // the appending thread's own (DuckDB confines an appender to the thread that made it)
        private final java.util.concurrent.BlockingQueue<Batch> queue = new java.util.concurrent.ArrayBlockingQueue<>(QUEUED);
        private final Thread writer;
        private volatile Throwable failure;
        private volatile boolean stopping;
        private Batch batch = new Batch(BATCH);
        private long rows;
        private long seq; // the appending thread's count of rows appended
        private boolean done;
        private boolean drained;

        Loader(long dataset, DuckDBConnection connection) throws SQLException {
            this.dataset = dataset;
            this.connection = connection;
            connection.setAutoCommit(false);
            for (String sql : DATASET_TABLES) {
                try (PreparedStatement p = connection.prepareStatement("delete from " + sql + " where dataset_id = ?")) {
                    p.setLong(1, dataset);
                    p.executeUpdate();
                }
            }
            try (Statement st = connection.createStatement()) {
                // the rows are appended to a temporary table of this connection first and written to trade_row ordered by
                // product at commit (LOAD_ORDER), so that a query for one product reads only its row groups
                st.execute("create or replace temp table " + LOAD_TABLE + " as select * from trade_row limit 0");
                // t2fixS: each row's file line and breakdown key, to find the rows that repeat another's full key (repeats())
                st.execute("alter table " + LOAD_TABLE + " add column line_no bigint");
                st.execute("alter table " + LOAD_TABLE + " add column breakdown_key varchar");
                st.execute("alter table " + LOAD_TABLE + " add column seq bigint"); // the row's order: lines need not be unique (JSON)
            }
            this.writer = new Thread(this::write, "markets-loader-" + dataset);
            writer.setDaemon(true);
            writer.start();
        }

        private void write() {
            try {
                appender = connection.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, LOAD_TABLE);
                while (true) {
                    Batch next = queue.take();
                    if (stopping) {
                        break;
                    }
                    if (next == END) {
                        appender.close(); // flushes the last rows: a failure here fails the commit
                        return;
                    }
                    for (int i = 0; i < next.size; i++) {
                        appendRow(next.rows[i], next.lines[i], next.keys[i]);
                    }
                }
            } catch (Throwable e) {
                failure = e;
                queue.clear(); // the reading thread may be waiting for room
            }
            try {
                if (appender != null) {
                    appender.close();
                }
            } catch (SQLException ignored) {
                // the transaction is rolled back: what it had flushed is discarded
            }
        }

        private void appendRow(TradeRow r, long line, String key) throws SQLException {
            appender.beginRow();
            appender.append(dataset);
            appender.append(r.reporterCode());
            appender.append(r.reporterIso3());
            appender.append(r.partnerCode());
            appender.append(r.partner2Code());
            appender.append(r.flow().name());
            appender.append(r.productCode());
            appender.append(r.classification());
            appender.append(r.year());
            appender.append(r.month());
            appender.append(r.frequency().name());
            appender.appendDecimal(r.valueUsd().setScale(3, RoundingMode.HALF_EVEN).unscaledValue().longValueExact());
            appender.append(r.netMassKg());
            appender.append(r.quantity());
            appender.append(r.quantityUnit());
            appender.append(r.preliminary());
            appender.append(r.partialToMonth());
            appender.append(r.valuationBasis());
            appender.append(r.breakdown());
            appender.append(line);
            appender.append(key);
            appender.append(++seq);
            appender.endRow();
        }

        private void failed() {
            Throwable e = failure;
            if (e != null) {
                throw new IllegalStateException("DuckDB append failed: " + e.getMessage(), e);
            }
        }

        private void hand(Batch rowsToWrite) {
            try {
                while (!queue.offer(rowsToWrite, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    failed();
                    if (!writer.isAlive()) {
                        throw new IllegalStateException("the DuckDB loader thread has stopped");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading DuckDB", e);
            }
        }

        public void append(TradeRow r) {
            append(r, 0, null);
        }

        /** The row with its file line and the breakdown key of its format (see {@code RowSink#row(TradeRow, long, String)}). */
        public void append(TradeRow r, long line, String breakdownKey) {
            failed();
            batch.rows[batch.size] = r;
            batch.lines[batch.size] = line;
            batch.keys[batch.size] = breakdownKey;
            batch.size++;
            rows++;
            if (batch.size == BATCH) {
                hand(batch);
                batch = new Batch(BATCH);
            }
        }

        public long rows() {
            return rows;
        }

        /** Waits for the appending thread to finish what was handed over (or to stop at once when {@code discard}). */
        private void drain(boolean discard) {
            if (discard) {
                stopping = true;
                queue.clear();
            } else if (!drained && batch.size > 0) {
                hand(batch);
            }
            drained = true;
            batch = new Batch(0);
            try {
                while (writer.isAlive() && !queue.offer(END, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (discard) {
                        queue.clear();
                    }
                }
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading DuckDB", e);
            }
        }

        /**
         * t2fixS (review MAJOR 1): the rows that repeat another row's full key — every dimension the format has: reporter,
         * partner, second partner, flow, product, classification, period and frequency, plus the breakdown key (Comtrade's mode
         * of transport, mode of supply, customs procedure) — are taken out of the load, in its transaction, and returned as
         * rejections, the first {@code keep} of them (by line) with their reasons, and their count. A repeat with the same figures
         * ({@code markets.reject.duplicate-row}) leaves its first line imported; rows of one key with different figures
         * ({@code markets.reject.conflicting-row}) are all left out, since which is right cannot be told. Found by one grouping
         * over the load table (a hash aggregate, streamed by DuckDB), the rows of repeated keys then joined back: a file without
         * repeats pays one grouping. Call once, after the last {@link #append} and before {@link #commit}.
         */
        public Repeats repeats(int keep) {
            drain(false);
            failed();
            String key = "reporter_code, partner_code, partner2_code, flow, product_code, classification, year, month, frequency, breakdown_key";
            String figures = "hash(value_usd, net_mass_kg, quantity, quantity_unit, preliminary, partial_to_month, valuation_basis, "
                    + "breakdown, reporter_iso3)";
            try (Statement st = connection.createStatement()) {
                st.execute("create or replace temp table trade_row_repeat as select " + key + ", min(seq) as first_seq, "
                        + "arg_min(line_no, seq) as first_line, min(" + figures + ") <> max(" + figures + ") as conflict from " + LOAD_TABLE
                        + " group by all having count(*) > 1");
                StringBuilder on = new StringBuilder();
                for (String k : key.split(", ")) {
                    on.append(on.isEmpty() ? "" : " and ").append("l.").append(k).append(" is not distinct from r.").append(k);
                }
                // each left-out row: its line, the line it repeats (for a conflict's first row, the next row of its key), the kind
                st.execute("create or replace temp table trade_row_left_out as select l.seq, l.line_no, r.conflict, case when l.seq = "
                        + "r.first_seq then (select arg_min(l2.line_no, l2.seq) from " + LOAD_TABLE + " l2 where "
                        + on.toString().replace("l.", "l2.") + " and l2.seq > r.first_seq) else r.first_line end as other from " + LOAD_TABLE
                        + " l join trade_row_repeat r on " + on + " where r.conflict or l.seq <> r.first_seq");
                long count;
                try (ResultSet rs = st.executeQuery("select count(*) from trade_row_left_out")) {
                    rs.next();
                    count = rs.getLong(1);
                }
                List<org.tradedesk.markets.Rejection> first = new ArrayList<>();
                if (count > 0) {
                    try (ResultSet rs = st.executeQuery("select line_no, conflict, other from trade_row_left_out order by line_no, seq limit " + keep)) {
                        while (rs.next()) {
                            first.add(new org.tradedesk.markets.Rejection(rs.getLong(1), rs.getBoolean(2) ? "markets.reject.conflicting-row"
                                    : "markets.reject.duplicate-row", Long.toString(rs.getLong(3))));
                        }
                    }
                    st.execute("delete from " + LOAD_TABLE + " where seq in (select seq from trade_row_left_out)");
                    rows -= count;
                }
                st.execute("drop table trade_row_repeat");
                st.execute("drop table trade_row_left_out");
                return new Repeats(count, first);
            } catch (SQLException e) {
                throw new IllegalStateException("DuckDB search for repeated rows failed: " + e.getMessage(), e);
            }
        }

        public void commit() {
            drain(false);
            failed();
            try {
                try (Statement st = connection.createStatement()) {
                    st.execute("insert into trade_row select * exclude (line_no, breakdown_key, seq) from " + LOAD_TABLE + " order by " + LOAD_ORDER);
                    st.execute("drop table " + LOAD_TABLE);
                }
                try (PreparedStatement p = connection.prepareStatement("insert or replace into loaded_dataset values (?, ?)")) {
                    p.setLong(1, dataset);
                    p.setLong(2, rows);
                    p.executeUpdate();
                }
                summarize(connection, dataset); // the totals in the same transaction: never a dataset without them
                connection.commit();
                done = true;
                forget(dataset);
                held.add(dataset);
            } catch (SQLException e) {
                throw new IllegalStateException("DuckDB commit failed: " + e.getMessage(), e);
            }
        }

        public void rollback() {
            if (done) {
                return;
            }
            done = true;
            drain(true);
            try {
                connection.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException("DuckDB rollback failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                rollback();
            } finally {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // closing a duplicate connection does not close the database
                }
            }
        }
    }

    /** The rows left out as repeats of another row's key ({@link Loader#repeats}): their count and the first of them. */
    public record Repeats(long count, List<org.tradedesk.markets.Rejection> first) {
    }

    public boolean holds(long dataset) {
        if (held.contains(dataset)) {
            return true;
        }
        boolean holds = withConnection(c -> {
            PreparedStatement p = c.prepare("select 1 from loaded_dataset where dataset_id = ?");
            p.setLong(1, dataset);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        });
        if (holds) {
            held.add(dataset);
        }
        return holds;
    }

    /** Whether the dataset has any row of this reporter (its code or ISO3). */
    public boolean hasReporter(long dataset, String reporter) {
        return withConnection(c -> {
            PreparedStatement p = c.prepare("select 1 from trade_row where dataset_id = ? and (reporter_code = ? or reporter_iso3 = ?) limit 1");
            p.setLong(1, dataset);
            p.setString(2, reporter);
            p.setString(3, reporter);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        });
    }

    /**
     * One reporter's annual imports of one product with one partner in one quantity unit, for the unit values the clearance
     * checks compare with ({@code MarketDatasets#importUnitValue}): the rows with a quantity above 0 only (value and quantity
     * of the same rows), not breakdowns, not preliminary or partial years.
     */
    public record ImportQuantity(String reporterCode, String reporterIso3, int year, String partnerCode, String unit, BigDecimal value,
                                 double quantity) {
    }

    /** The annual import rows of {@code product} (its code exactly) in the dataset, by reporter (null: every reporter). */
    public List<ImportQuantity> importQuantities(long dataset, String product, String reporter) {
        String sql = """
                select reporter_code, min(reporter_iso3), year, partner_code, quantity_unit, sum(value_usd), sum(quantity)
                from trade_row where dataset_id = ? and flow = 'M' and frequency = 'A' and product_code = ? and not breakdown
                  and not coalesce(preliminary, false) and partial_to_month is null and quantity is not null and quantity > 0
                  and quantity_unit is not null and (? is null or reporter_code = ? or reporter_iso3 = ?)
                group by reporter_code, year, partner_code, quantity_unit order by year, reporter_code, partner_code""";
        return withConnection(c -> {
            PreparedStatement p = c.prepare(sql);
            p.setLong(1, dataset);
            p.setString(2, product);
            p.setString(3, reporter);
            p.setString(4, reporter);
            p.setString(5, reporter);
            return rows(p, rs -> new ImportQuantity(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                    rs.getBigDecimal(6), rs.getDouble(7)));
        });
    }

    /** Whether any row of the dataset has the partner (its stored code: 0 World, 490 Taiwan, a numeric or ISO3 code). */
    public boolean hasPartner(long dataset, String partner) {
        return withConnection(c -> {
            PreparedStatement p = c.prepare("select 1 from trade_row where dataset_id = ? and partner_code = ? limit 1");
            p.setLong(1, dataset);
            p.setString(2, partner);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        });
    }

    private void forget(long dataset) {
        held.remove(dataset);
        coverage.remove(dataset);
        levels.keySet().removeIf(k -> k.startsWith(dataset + "|"));
    }

    public void drop(long dataset) {
        forget(dataset);
        try (Connection c = connection()) {
            c.setAutoCommit(false); // all of the dataset or none of it goes
            for (String table : DATASET_TABLES) {
                try (PreparedStatement p = c.prepareStatement("delete from " + table + " where dataset_id = ?")) {
                    p.setLong(1, dataset);
                    p.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One period of a series: summed value, quantity (null when absent, 0 or in mixed units; rows without any unit, as a mapped
     * table without a unit column, sum as one unknown unit), the quantity's unit as imported (null when none), the units when the
     * period's rows carry several (then no quantity is summed: kg and items do not add), preliminary/partial flags.
     */
    public record PeriodTotal(int year, Integer month, BigDecimal value, Double quantity, String quantityUnit, List<String> mixedUnits,
                              boolean preliminary, Integer partialToMonth) {
    }

    /** The product codes a query for {@code product} reads: the code itself if present, else the one level of codes beneath it. */
    private static final String PRODUCT_LEVEL = """
            product_code = ? or (not exists (select 1 from trade_row t2 where t2.dataset_id = ? and t2.product_code = ?)
              and starts_with(product_code, ?) and length(product_code) = (select min(length(t3.product_code)) from trade_row t3
              where t3.dataset_id = ? and starts_with(t3.product_code, ?) and t3.product_code <> ?))""";

    public List<PeriodTotal> series(long dataset, String reporter, String partner, String flow, String product, String frequency,
                                    Integer from, Integer to) {
        List<String> codes = level(dataset, product);
        if (codes.isEmpty()) {
            return List.of();
        }
        // the product's codes resolved first: "product_code in (…)" is a filter DuckDB pushes into the scan (zone maps),
        // where the former "= ? or (not exists … and starts_with …)" made it read every row group
        String sql = """
                select year, month, sum(value_usd), case when count(distinct coalesce(quantity_unit, '')) = 1 and count(quantity) = count(*)
                  then sum(quantity) end, bool_or(preliminary), max(partial_to_month),
                  count(distinct quantity_unit), min(quantity_unit), max(quantity_unit)
                from trade_row where dataset_id = ? and (reporter_code = ? or reporter_iso3 = ?) and partner_code = ? and flow = ?
                  and frequency = ? and not breakdown and year between ? and ? and product_code in (""" + marks(codes.size()) + """
                ) group by year, month order by year, month""";
        return withConnection(c -> {
            PreparedStatement p = c.prepare(sql);
            int i = 1;
            p.setLong(i++, dataset);
            p.setString(i++, reporter);
            p.setString(i++, reporter);
            p.setString(i++, partner);
            p.setString(i++, flow);
            p.setString(i++, frequency);
            p.setInt(i++, from == null ? 0 : from);
            p.setInt(i++, to == null ? 9999 : to);
            for (String code : codes) {
                p.setString(i++, code);
            }
            return rows(p, rs -> {
                Double q = rs.getObject(4) == null ? null : rs.getDouble(4);
                long units = rs.getLong(7);
                // several units in one period (a product summed from codes in kg and in items): named, never summed
                List<String> mixed = units > 1 ? units == 2 ? List.of(rs.getString(8), rs.getString(9))
                        : List.of(rs.getString(8), "…", rs.getString(9)) : List.of();
                String unit = units == 1 && q != null ? rs.getString(8) : null;
                return new PeriodTotal(rs.getInt(1), (Integer) rs.getObject(2), rs.getBigDecimal(3), q == null || q == 0 ? null : q,
                        unit, mixed, rs.getBoolean(5), (Integer) rs.getObject(6));
            });
        });
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** The codes a query for {@code product} reads ({@link #PRODUCT_LEVEL}), in code order; kept per dataset. */
    public List<String> level(long dataset, String product) {
        String key = dataset + "|" + product;
        List<String> known = levels.get(key);
        if (known != null) {
            return known;
        }
        List<String> codes = withConnection(c -> {
            PreparedStatement p = c.prepare("select distinct product_code from trade_row where dataset_id = ? and (" + PRODUCT_LEVEL
                    + ") order by product_code");
            p.setLong(1, dataset);
            product(p, 2, dataset, product);
            return List.copyOf(rows(p, rs -> rs.getString(1)));
        });
        if (levels.size() > LEVELS_KEPT) {
            levels.clear();
        }
        levels.put(key, codes);
        return codes;
    }

    private static int product(PreparedStatement p, int i, long dataset, String product) throws SQLException {
        p.setString(i++, product);
        p.setLong(i++, dataset);
        p.setString(i++, product);
        p.setString(i++, product);
        p.setLong(i++, dataset);
        p.setString(i++, product);
        p.setString(i++, product);
        return i;
    }

    /** The product codes of the file a query for {@code product} reads (see {@link #PRODUCT_LEVEL}), at most {@code limit}. */
    public List<String> productCodes(long dataset, String product, int limit) {
        List<String> codes = level(dataset, product);
        return codes.size() <= limit ? codes : codes.subList(0, limit);
    }

    /** Value by partner or by reporter for one year, flow and product (annual rows, totals only). */
    public record CodeValue(String code, String iso3, BigDecimal value) {
    }

    /** {@code other}: the reporter (by partner) or the partner (by reporter) to hold fixed, or null for all. */
    public List<CodeValue> byCode(long dataset, int year, String flow, String product, boolean byPartner, String other) {
        List<String> codes = level(dataset, product);
        if (codes.isEmpty()) {
            return List.of();
        }
        String column = byPartner ? "partner_code" : "reporter_code";
        String otherFilter = other == null ? "" : byPartner ? " and (reporter_code = ? or reporter_iso3 = ?)" : " and partner_code = ?";
        String sql = "select " + column + ", max(" + (byPartner ? "null" : "reporter_iso3") + "), sum(value_usd) from trade_row "
                + "where dataset_id = ? and year = ? and flow = ? and frequency = 'A' and not breakdown" + otherFilter
                + " and product_code in (" + marks(codes.size()) + ") group by " + column + " order by 3 desc";
        return withConnection(c -> {
            PreparedStatement p = c.prepare(sql);
            p.setLong(1, dataset);
            p.setInt(2, year);
            p.setString(3, flow);
            int i = 4;
            if (other != null) {
                p.setString(i++, other);
                if (byPartner) {
                    p.setString(i++, other);
                }
            }
            for (String code : codes) {
                p.setString(i++, code);
            }
            return rows(p, rs -> new CodeValue(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
        });
    }

    /** One reporter's value in one year. */
    public record ReporterYear(String code, String iso3, int year, BigDecimal value) {
    }

    /**
     * Indicators' input for one product across all markets: the value per reporter and year with one partner (the World:
     * {@code 0}), annual totals only — the query shape of issue 9's speed target, on a pooled connection and a prepared statement.
     */
    public List<ReporterYear> byReporterAndYear(long dataset, String flow, String product, String partner, int from, int to) {
        List<String> codes = level(dataset, product);
        if (codes.isEmpty()) {
            return List.of();
        }
        String sql = "select reporter_code, max(reporter_iso3), year, sum(value_usd) from trade_row where dataset_id = ? and flow = ? "
                + "and frequency = 'A' and not breakdown and partner_code = ? and year between ? and ? and product_code in ("
                + marks(codes.size()) + ") group by reporter_code, year order by reporter_code, year";
        return withConnection(c -> {
            PreparedStatement p = c.prepare(sql);
            int i = 1;
            p.setLong(i++, dataset);
            p.setString(i++, flow);
            p.setString(i++, partner);
            p.setInt(i++, from);
            p.setInt(i++, to);
            for (String code : codes) {
                p.setString(i++, code);
            }
            return rows(p, rs -> new ReporterYear(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)));
        });
    }

    /**
     * What a dataset holds that the market indicators depend on, found once per dataset (its rows never change): rows with
     * the World as partner ({@code 0}), a {@code TOTAL} product row, the shallowest product-code length and how many codes
     * sit at it (one code: the file holds a single product, so a reporter's total over all products is not known).
     */
    public record Coverage(boolean world, boolean total, int topLength, long topCodes) {
    }

    private final java.util.Map<Long, Coverage> coverage = new java.util.concurrent.ConcurrentHashMap<>();

    public Coverage coverage(long dataset) {
        Coverage known = coverage.get(dataset);
        if (known != null) {
            return known;
        }
        Coverage c = summarized(dataset);
        if (c == null) {
            // a dataset loaded before the totals (or the shares) were written at import: written now, once per dataset.
            // Two first requests for it take turns; the second re-reads what the first wrote instead of writing it again
            // (two transactions deleting and inserting its dataset_summary row at once: DuckDB fails one of them).
            Object lock = summarizing.computeIfAbsent(dataset, k -> new Object());
            synchronized (lock) {
                try {
                    c = summarized(dataset);
                    if (c == null) {
                        c = summarizeAlone(dataset);
                    }
                } finally {
                    summarizing.remove(dataset, lock); // after the commit: whoever comes next re-reads a written summary
                }
            }
        }
        if (coverage.size() > LEVELS_KEPT) {
            coverage.clear();
        }
        coverage.put(dataset, c);
        return c;
    }

    /** Datasets whose summary is being written now ({@link #coverage}), each with the lock its first requests take turns on. */
    private final java.util.Map<Long, Object> summarizing = new java.util.concurrent.ConcurrentHashMap<>();

    /** Runs of the lazy {@link #summarize} of a dataset stored before the summary (a test counts them: once per dataset). */
    final java.util.concurrent.atomic.AtomicInteger lateSummaries = new java.util.concurrent.atomic.AtomicInteger();

    /** The dataset's stored coverage when its summary and shares are written; null when they are not (yet). */
    private Coverage summarized(long dataset) {
        Summary summary = withConnection(conn -> {
            PreparedStatement p = conn.prepare("select world, has_total, top_length, top_codes, "
                    + "coalesce(shares and share_index, false) from dataset_summary where dataset_id = ?");
            p.setLong(1, dataset);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new Summary(new Coverage(rs.getBoolean(1), rs.getBoolean(2), rs.getInt(3), rs.getLong(4)),
                        rs.getBoolean(5)) : null;
            }
        });
        return summary != null && summary.shares() ? summary.coverage() : null;
    }

    /**
     * {@link #summarize} in a transaction of its own. Should it still conflict (another process on the same file writing the
     * same summary), what that one committed is read instead; only when nothing was written does the failure stand.
     */
    private Coverage summarizeAlone(long dataset) {
        lateSummaries.incrementAndGet();
        try (Connection conn = connection()) {
            conn.setAutoCommit(false);
            try {
                Coverage c = summarize(conn, dataset);
                conn.commit();
                return c;
            } catch (SQLException e) {
                conn.rollback();
                Coverage written = summarized(dataset);
                if (written == null) {
                    throw e;
                }
                return written;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Summary(Coverage coverage, boolean shares) {
    }

    /** The tables holding a dataset's rows and what is derived from them (deleted together, summary first). */
    private static final List<String> DATASET_TABLES = List.of("loaded_dataset", "dataset_summary", "trade_total", "trade_share",
            "trade_share_total", "trade_row");

    /**
     * Per dataset, reporter, year and flow: the value over all products ({@link #TOTALS}), written at import in the
     * import's transaction so that the indicators' RCA reads a few thousand rows instead of scanning every row of the
     * dataset (issue 9 speed: the totals took most of the full indicators' 2.3 s on 10 million rows). A sum of
     * DECIMAL(18,3) values: exact, the same figure as summing at query time.
     */
    public static final String TOTALS_TABLE = """
            create table if not exists trade_total (dataset_id bigint not null, reporter_code varchar, year integer, flow varchar,
              value_usd decimal(38,3))""";

    /** What {@link #coverage} finds, stored with the totals it decides; {@code shares}: {@link #SHARES} written too. */
    public static final String SUMMARY_TABLE = """
            create table if not exists dataset_summary (dataset_id bigint primary key, world boolean, has_total boolean,
              top_length integer, top_codes bigint, shares boolean, share_index boolean)""";

    /**
     * Per dataset, reporter, year, flow and product of the complementarity index's level ({@link #productsFilter}): the
     * value with the World ({@link #SHARES}: summed, only positive sums) and its share of the reporter's sum over those
     * products that year and flow, written at import in the import's transaction. The indicators' complementarity reads
     * these instead of grouping every World row of the top level at query time (issue 9 speed: that grouping and the
     * shares' window took most of the full indicators' 0.5 s on 10 million rows). The same figures as computing them at
     * query time: the sums are exact decimals, the share the same division of the same two numbers. {@code product_index}:
     * the product's rank among the dataset's codes of that level (1, 2, …), the integer the complementarity joins the
     * markets' and the partner's shares on (a join on the code's text cost twice as much: issue 9 speed work). Stored
     * ordered by flow, reporter, year and product, so that the partner's rows and the flow asked for skip the other row
     * groups (zone maps).
     */
    public static final String SHARES_TABLE = """
            create table if not exists trade_share (dataset_id bigint not null, reporter_code varchar, year integer, flow varchar,
              product_code varchar, value_usd decimal(38,3), product_share double precision, product_index integer)""";

    /** {@link #SHARES_TABLE}'s sums per dataset, reporter, year and flow ({@link #SHARE_TOTALS}). */
    public static final String SHARE_TOTALS_TABLE = """
            create table if not exists trade_share_total (dataset_id bigint not null, reporter_code varchar, year integer,
              flow varchar, value_usd decimal(38,3))""";

    /**
     * {@link #SHARES_TABLE}'s rows of a dataset: {@code %1$s} the products of the complementarity index
     * ({@link #productsFilter}). Parameter: the dataset. The benchmark builds PostgreSQL's copy with the same statement.
     */
    public static final String SHARES = """
            insert into trade_share
            select dataset_id, reporter_code, year, flow, product_code, v,
              cast(v as double precision) / cast(sum(v) over (partition by reporter_code, year, flow) as double precision),
              cast(dense_rank() over (order by product_code) as integer)
            from (select dataset_id, reporter_code, year, flow, product_code, sum(value_usd) v from trade_row
                  where dataset_id = ? and frequency = 'A' and not breakdown and partner_code = '0' and %1$s
                  group by dataset_id, reporter_code, year, flow, product_code having sum(value_usd) > 0) x
            order by flow, reporter_code, year, product_code""";

    /** {@link #SHARE_TOTALS_TABLE}'s rows of a dataset, from its {@link #SHARES} rows. Parameter: the dataset. */
    public static final String SHARE_TOTALS = """
            insert into trade_share_total select dataset_id, reporter_code, year, flow, sum(value_usd) from trade_share
            where dataset_id = ? group by dataset_id, reporter_code, year, flow""";

    /** {@link #SHARES} for a dataset of this coverage. */
    public static String sharesSql(Coverage cover) {
        return SHARES.formatted(productsFilter(cover));
    }

    static final String COVERAGE = """
            with d as (select partner_code, product_code from trade_row where dataset_id = ? and frequency = 'A' and not breakdown),
            top as (select min(length(product_code)) len from d where product_code <> 'TOTAL')
            select (select bool_or(partner_code = '0') from d), (select bool_or(product_code = 'TOTAL') from d),
              (select len from top), (select count(distinct product_code) from d where length(product_code) = (select len from top)
              and product_code <> 'TOTAL')""";

    /**
     * A reporter's total over all products per year and flow, with the World as partner (or every partner when the
     * dataset has none): {@code %1$s} the partner filter, {@code %2$s} the rows that make the total (see {@link #indicatorsSql}).
     * Parameter: the dataset. The benchmark builds PostgreSQL's copy of the table with the same statement.
     */
    public static final String TOTALS = """
            insert into trade_total select dataset_id, reporter_code, year, flow, sum(value_usd) from trade_row
            where dataset_id = ? and frequency = 'A' and not breakdown and %1$s and %2$s
            group by dataset_id, reporter_code, year, flow""";

    /** {@link #TOTALS} for a dataset of this coverage. */
    public static String totalsSql(Coverage cover) {
        return TOTALS.formatted(partnerFilter(cover), totalsFilter(cover));
    }

    /**
     * Finds the coverage of a dataset's rows and writes it with the dataset's totals and the complementarity's shares
     * ({@link #SHARES}, {@link #SHARE_TOTALS}), on the caller's transaction.
     */
    static Coverage summarize(Connection c, long dataset) throws SQLException {
        Coverage cover;
        try (PreparedStatement p = c.prepareStatement(COVERAGE)) {
            p.setLong(1, dataset);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                cover = new Coverage(rs.getBoolean(1), rs.getBoolean(2), rs.getInt(3), rs.getLong(4));
            }
        }
        for (String table : List.of("dataset_summary", "trade_total", "trade_share", "trade_share_total")) {
            try (PreparedStatement p = c.prepareStatement("delete from " + table + " where dataset_id = ?")) {
                p.setLong(1, dataset);
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = c.prepareStatement("insert into dataset_summary (dataset_id, world, has_total, top_length, "
                + "top_codes, shares, share_index) values (?, ?, ?, ?, ?, true, true)")) {
            p.setLong(1, dataset);
            p.setBoolean(2, cover.world());
            p.setBoolean(3, cover.total());
            p.setInt(4, cover.topLength());
            p.setLong(5, cover.topCodes());
            p.executeUpdate();
        }
        for (String sql : List.of(totalsSql(cover), sharesSql(cover), SHARE_TOTALS)) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, dataset);
                p.executeUpdate();
            }
        }
        return cover;
    }

    /**
     * One row of the market indicators' input, computed by DuckDB in one statement ({@link #INDICATORS}): a reporter's
     * (or, {@code mirror}, a non-reporting partner's) value of the product in one year and flow, its quantity (null when
     * absent or in mixed units) and unit, the previous row's value, year and partial month ({@code lag}), the sum and count
     * of all reporters that year, the reporter's total over all products and the world's (the reporters holding both) for
     * RCA, the other flow's value, and per market the growth inputs over its full, final years: first and last year and
     * value, the log-linear least-squares slope of ln(value) on the year, its standard error and the number of years.
     * With a partner asked for: the reporter's trade in the product with it ({@code partnerValue}), the sums over the
     * reporters holding both that row and the World row ({@code worldPartnerValue}, their count {@code partnerReporters}),
     * the World as WITS takes it for trade intensity: all reporters with a World row of the product ({@code worldValue}, X_wt,
     * the same as {@code reportersTotal}; a reporter with no row with the partner trades nothing with it), the trade complementarity index with the partner over the top-level product codes
     * ({@code complementarity}), whether the reporter has top-level rows that year and flow (only looked at, and true,
     * when the partner has some: {@code marketProducts}) and how many the partner reports in the opposite flow
     * ({@code partnerProducts}), and whether the top-level codes the index is computed over make the market's and the
     * partner's totals (within 0.5 %: {@code complementarityCovered}; only telling when the dataset has TOTAL rows, else
     * the totals are those codes' sums).
     */
    public record IndicatorInput(String code, String iso3, int year, boolean mirror, BigDecimal value, Double quantity, String unit,
                                 boolean preliminary, Integer partialToMonth, BigDecimal previous, Integer previousYear,
                                 Integer previousPartialToMonth, BigDecimal reportersTotal, long reporters,
                                 BigDecimal reporterAllProducts, BigDecimal worldProduct, BigDecimal worldAllProducts,
                                 long worldReporters, BigDecimal otherFlow, Integer firstYear, Double firstValue, Integer lastYear,
                                 Double lastValue, Double slope, Double slopeError, long years, long mirrorSources,
                                 BigDecimal partnerValue, BigDecimal worldPartnerValue, BigDecimal worldValue, long partnerReporters,
                                 Double complementarity, boolean marketProducts, long partnerProducts,
                                 boolean complementarityCovered) {
    }

    /**
     * The indicators' input in one statement. {@code %1$s}: the partner filter (the World, or every partner when the
     * dataset has no World rows); {@code %2$s}: the product codes' placeholders; {@code %3$s}: the rows of the top
     * product level for the complementarity index (none when the dataset holds one code there); {@code %4$s}: false when no
     * partner is asked for (the partner's CTEs then read nothing). A reporter's total over all products (t) is read from
     * {@code trade_total}, written at import ({@link #TOTALS}); the complementarity's values and shares by product of the
     * top level (zv: the partner's, tc: the markets') and their sums (km) from {@code trade_share} and
     * {@code trade_share_total}, written at import too ({@link #SHARES}: {@code %3$s} is applied there, not here).
     * Parameters: the partner and the flow (a; {@code fl} is read by the benchmark's PostgreSQL twin only, DuckDB takes
     * the flow from the last parameter as a constant it pushes into the scans); dataset, from, to, codes (p); dataset, from, to (t); dataset, from, to, codes (m);
     * dataset, from, to, partner, codes (q); dataset, from, to, partner (zv: the partner's shares by product); dataset,
     * from, to (km: the markets' sums over those products); the flow (zo: the partner's shares in the opposite flow,
     * keyed by year and product index); dataset, from, to, flow (tc: the markets' shares in the flow asked for — the only
     * rows the result keeps, so tc has no flow and is joined on market and year —, joined only in the years the partner
     * reports — none when it reports nothing); the flow. The partner and the flow are bound as constants where a table
     * is read (not {@code (select c from a)}): DuckDB pushes a constant into the scan, where a subquery became a join
     * (issue 9 speed work: the markets' shares read in both flows were half the statement's time; {@link #SHARES} stores
     * them ordered by flow and year, so the flow skips half the row groups).
     *
     * <p>The previous year's value, year and partial month are the previous row in the result's order when it is the same
     * market's ({@code lag} over one window without partitions: on DuckDB a partitioned window over these 2,000 rows cost
     * more than the rest of the statement's tail).
     *
     * <p>Trade complementarity uses {@code Σ_k |m_k − x_k| = 2 − 2 Σ_k min(m_k, x_k)} (two share vectors each summing to
     * 1), so {@code 100 (1 − Σ|m_k − x_k| / 2) = 100 Σ_k min(m_k, x_k)}: an inner join over the codes both sides hold
     * (a code one side lacks has min 0).
     */
    static final String INDICATORS = """
            with a as (select cast(? as varchar) c, cast(? as varchar) fl),
            p as (
              select reporter_code r, max(reporter_iso3) iso3, year y, flow f, sum(value_usd) v,
                case when count(distinct coalesce(quantity_unit, '')) = 1 and count(quantity) = count(*) then sum(quantity) end q,
                max(quantity_unit) unit, bool_or(coalesce(preliminary, false)) prelim, max(partial_to_month) partial
              from trade_row where dataset_id = ? and frequency = 'A' and not breakdown and year between ? and ? and %1$s
                and product_code in (%2$s)
              group by reporter_code, year, flow),
            t as (select reporter_code r, year y, flow f, value_usd tv from trade_total where dataset_id = ? and year between ? and ?),
            w as (select p.y, p.f, sum(p.v) wv, sum(t.tv) wt, count(*) wn from p join t on t.r = p.r and t.y = p.y and t.f = p.f
                  group by p.y, p.f),
            s as (select y, f, sum(v) sv, count(*) sn from p group by y, f),
            m as (
              select partner_code r, year y, case flow when 'X' then 'M' else 'X' end f, sum(value_usd) v,
                count(distinct reporter_code) sources
              from trade_row where dataset_id = ? and frequency = 'A' and not breakdown and year between ? and ?
                and partner_code <> '0' and product_code in (%2$s) and partner_code not in (select r from p)
              group by partner_code, year, flow),
            q as (
              select reporter_code r, year y, flow f, sum(value_usd) pv
              from trade_row where dataset_id = ? and frequency = 'A' and not breakdown and year between ? and ? and %4$s
                and partner_code = ? and product_code in (%2$s)
              group by reporter_code, year, flow),
            qw as (select p.y, p.f, sum(q.pv) qv, count(*) qn from p join q on q.r = p.r and q.y = p.y and q.f = p.f
                   group by p.y, p.f),
            zv as (
              select year y, flow f, product_index k, value_usd v, product_share sh
              from trade_share where dataset_id = ? and year between ? and ? and %4$s and reporter_code = ?),
            kp as (select y, f, count(*) kn, sum(v) zt from zv group by y, f),
            kc as (select kp.y, kp.f, t.tv pt from kp left join t on t.r = (select c from a) and t.y = kp.y and t.f = kp.f),
            km as (select reporter_code r, year y, flow f, value_usd kt from trade_share_total
                   where dataset_id = ? and year between ? and ? and %4$s),
            zo as (select cast(y as bigint) * 1048576 + k yk, sh from zv where f <> ?),
            tc as (
              select x.reporter_code r, x.year y, 100 * sum(least(x.product_share, z.sh)) tci
              from trade_share x join zo z on z.yk = cast(x.year as bigint) * 1048576 + x.product_index
              where x.dataset_id = ? and x.year between ? and ? and %4$s and x.flow = ?
              group by x.reporter_code, x.year),
            allr as (
              select p.r, p.iso3, p.y, p.f, false mirror, p.v, p.q, p.unit, p.prelim, p.partial, s.sv, s.sn, t.tv, w.wv, w.wt,
                coalesce(w.wn, 0) wn, o.v other, 0 sources, q.pv, qw.qv, s.sv pw, coalesce(qw.qn, 0) qn,
                case when kp.kn is not null and km.r is not null then coalesce(tc.tci, 0) end tci,
                kp.kn is not null and km.r is not null mk,
                coalesce(kp.kn, 0) kn,
                coalesce(kp.kn is not null and km.r is not null and abs(km.kt - t.tv) <= 0.005 * t.tv
                  and abs(kp.zt - kc.pt) <= 0.005 * kc.pt, false) tcc
              from p join s on s.y = p.y and s.f = p.f left join t on t.r = p.r and t.y = p.y and t.f = p.f
                left join w on w.y = p.y and w.f = p.f left join p o on o.r = p.r and o.y = p.y and o.f <> p.f
                left join q on q.r = p.r and q.y = p.y and q.f = p.f left join qw on qw.y = p.y and qw.f = p.f
                left join km on km.r = p.r and km.y = p.y and km.f = p.f left join kp on kp.y = p.y and kp.f <> p.f
                left join tc on tc.r = p.r and tc.y = p.y left join kc on kc.y = kp.y and kc.f = kp.f
              union all
              select r, null, y, f, true, v, null, null, false, null, null, 0, null, null, null, 0, null, sources,
                null, null, null, 0, null, false, 0, false from m),
            chosen as (select * from allr where f = ?),
            ok as (select r, mirror, y, cast(v as double precision) dv from chosen where not prelim and partial is null and v > 0),
            g as (
              select r, mirror, min(y) y0, max(y) y1, count(*) n, regr_slope(ln(dv), y) b, regr_sxx(ln(dv), y) sxx,
                regr_syy(ln(dv), y) syy, regr_sxy(ln(dv), y) sxy
              from ok group by r, mirror),
            ends as (
              select g.*, a.dv v0, z.dv v1 from g join ok a on a.r = g.r and a.mirror = g.mirror and a.y = g.y0
                join ok z on z.r = g.r and z.mirror = g.mirror and z.y = g.y1)
            select c.r, c.iso3, c.y, c.mirror, c.v, c.q, c.unit, c.prelim, c.partial,
              case when lag(c.r) over o is not distinct from c.r and lag(c.mirror) over o = c.mirror then lag(c.v) over o end,
              case when lag(c.r) over o is not distinct from c.r and lag(c.mirror) over o = c.mirror then lag(c.y) over o end,
              case when lag(c.r) over o is not distinct from c.r and lag(c.mirror) over o = c.mirror then lag(c.partial) over o end,
              c.sv, c.sn, c.tv, c.wv, c.wt, c.wn, c.other, g.y0, g.v0, g.y1, g.v1, case when g.n > 1 then g.b end,
              case when g.n > 2 and g.sxx > 0 then sqrt(greatest(g.syy - g.sxy * g.sxy / g.sxx, 0) / (g.n - 2) / g.sxx) end,
              coalesce(g.n, 0), c.sources, c.pv, c.qv, c.pw, c.qn, c.tci, c.mk, c.kn, c.tcc
            from chosen c left join ends g on g.r = c.r and g.mirror = c.mirror
            window o as (order by c.mirror, c.r, c.y)
            order by c.mirror, c.r, c.y""";

    /**
     * The market indicators' input for one product (its codes as {@link #productCodes} resolves them) and flow across
     * all reporters and years of the dataset, in one DuckDB statement (CTEs, window and regression aggregates); rows by
     * mirror (reporters first), market and year. {@code partner} (a code as stored, or null): the partner of the share of
     * partner, trade intensity and complementarity.
     */
    public List<IndicatorInput> indicators(long dataset, String flow, String product, String partner, int from, int to) {
        List<String> codes = level(dataset, product);
        if (codes.isEmpty()) {
            return List.of();
        }
        String sql = indicatorsSql(coverage(dataset), codes.size(), partner != null);
        return withConnection(c -> {
            PreparedStatement p = c.prepare(sql);
            bindIndicators(p, dataset, flow, codes, partner, from, to);
            return rows(p, TradeTable::input);
        });
    }

    /** One row of {@link #INDICATORS}' result (public: the PostgreSQL comparison reads its statement's rows the same way). */
    public static IndicatorInput input(ResultSet rs) throws SQLException {
        return new IndicatorInput(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getBigDecimal(5),
                dbl(rs.getObject(6)), rs.getString(7), rs.getBoolean(8), integer(rs.getObject(9)), rs.getBigDecimal(10),
                integer(rs.getObject(11)), integer(rs.getObject(12)), rs.getBigDecimal(13), rs.getLong(14), rs.getBigDecimal(15),
                rs.getBigDecimal(16), decimal(rs.getObject(17)), rs.getLong(18), rs.getBigDecimal(19), integer(rs.getObject(20)),
                dbl(rs.getObject(21)), integer(rs.getObject(22)), dbl(rs.getObject(23)), dbl(rs.getObject(24)),
                dbl(rs.getObject(25)), rs.getLong(26), rs.getLong(27), rs.getBigDecimal(28), decimal(rs.getObject(29)),
                decimal(rs.getObject(30)), rs.getLong(31), dbl(rs.getObject(32)), rs.getBoolean(33), rs.getLong(34),
                rs.getBoolean(35));
    }

    /** The indicators' statement for a dataset of this coverage and a product of {@code codes} codes ({@link #INDICATORS}). */
    public static String indicatorsSql(Coverage cover, int codes, boolean partner) {
        return INDICATORS.formatted(partnerFilter(cover), marks(codes), productsFilter(cover), partner ? "true" : "false");
    }

    /** The rows of a reporter's value with the World: partner 0, or every partner when the dataset has no World rows. */
    public static String partnerFilter(Coverage cover) {
        return cover.world() ? "partner_code = '0'" : "partner_code <> '0'";
    }

    /** The rows of a reporter's total over all products: {@code TOTAL} rows, the codes of the shallowest level, or none. */
    private static String totalsFilter(Coverage cover) {
        return cover.total() ? "product_code = 'TOTAL'"
                : cover.topCodes() > 1 ? "length(product_code) = " + cover.topLength() + " and product_code <> 'TOTAL'" : "1 = 0";
    }

    /**
     * The products of the complementarity index: the codes of the shallowest level when the dataset holds more than one
     * (and World rows: shares of all imports and exports), none otherwise.
     */
    public static String productsFilter(Coverage cover) {
        return cover.world() && cover.topCodes() > 1 ? "length(product_code) = " + cover.topLength() + " and product_code <> 'TOTAL'"
                : "1 = 0";
    }

    /** Binds {@link #indicatorsSql}'s parameters; {@code partner} null: none asked for. */
    public static void bindIndicators(PreparedStatement p, long dataset, String flow, List<String> codes, String partner, int from,
                                      int to) throws SQLException {
        int i = 1;
        p.setString(i++, partner == null ? "" : partner);
        p.setString(i++, flow);
        for (int part = 0; part < 7; part++) {
            if (part == 6) { // zo: the partner's shares in the flow opposite to the one asked for
                p.setString(i++, flow);
            }
            p.setLong(i++, dataset);
            p.setInt(i++, from);
            p.setInt(i++, to);
            if (part == 3 || part == 4) { // q, zv: the partner
                p.setString(i++, partner == null ? "" : partner);
            }
            if (part == 6) { // tc: the flow asked for (its rows are the only ones kept)
                p.setString(i++, flow);
            }
            if (part == 0 || part == 2 || part == 3) {
                for (String code : codes) {
                    p.setString(i++, code);
                }
            }
        }
        p.setString(i, flow);
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
