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
 * Values are DECIMAL(18,3) US dollars (exact to a tenth of a cent; up to 10^15 USD a row); a source value with
 * more decimals is rounded half-even to 0.001 USD.
 */
@Component
public class TradeTable {

    private final DuckDBConnection root;

    public TradeTable(@Value("${tradedesk.markets.duckdb-file:${tradedesk.data-dir:./data}/markets/trade.duckdb}") String file) {
        try {
            Path path = Path.of(file).toAbsolutePath();
            Files.createDirectories(path.getParent());
            Class.forName("org.duckdb.DuckDBDriver");
            root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + path);
            try (Statement s = root.createStatement()) {
                s.execute("""
                        create table if not exists trade_row (
                            dataset_id bigint not null, reporter_code varchar, reporter_iso3 varchar, partner_code varchar,
                            partner2_code varchar, flow varchar, product_code varchar, classification varchar, year integer,
                            month integer, frequency varchar, value_usd decimal(18,3), net_mass_kg double, quantity double,
                            quantity_unit varchar, preliminary boolean, partial_to_month integer, valuation_basis varchar,
                            breakdown boolean)""");
                s.execute("create table if not exists loaded_dataset (dataset_id bigint primary key, row_count bigint)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot open the DuckDB trade store " + file + ": " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() throws SQLException {
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

    public final class Loader implements AutoCloseable {
        private final long dataset;
        private final DuckDBConnection connection;
        private final DuckDBAppender appender;
        private long rows;
        private boolean done;

        Loader(long dataset, DuckDBConnection connection) throws SQLException {
            this.dataset = dataset;
            this.connection = connection;
            connection.setAutoCommit(false);
            try (PreparedStatement p = connection.prepareStatement("delete from trade_row where dataset_id = ?")) {
                p.setLong(1, dataset);
                p.executeUpdate();
            }
            this.appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "trade_row");
        }

        public void append(TradeRow r) {
            try {
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
                appender.endRow();
                rows++;
            } catch (SQLException | ArithmeticException e) {
                throw new IllegalStateException("DuckDB append failed: " + e.getMessage(), e);
            }
        }

        public long rows() {
            return rows;
        }

        public void commit() {
            try {
                appender.close();
                try (PreparedStatement p = connection.prepareStatement("insert or replace into loaded_dataset values (?, ?)")) {
                    p.setLong(1, dataset);
                    p.setLong(2, rows);
                    p.executeUpdate();
                }
                connection.commit();
                done = true;
            } catch (SQLException e) {
                throw new IllegalStateException("DuckDB commit failed: " + e.getMessage(), e);
            }
        }

        public void rollback() {
            if (done) {
                return;
            }
            done = true;
            try {
                try {
                    appender.close();
                } catch (SQLException ignored) {
                    // the rollback below discards what it had flushed
                }
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

    public boolean holds(long dataset) {
        try (Connection c = connection(); PreparedStatement p = c.prepareStatement("select 1 from loaded_dataset where dataset_id = ?")) {
            p.setLong(1, dataset);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void drop(long dataset) {
        try (Connection c = connection()) {
            for (String sql : List.of("delete from trade_row where dataset_id = ?", "delete from loaded_dataset where dataset_id = ?")) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setLong(1, dataset);
                    p.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One period of a series: summed value, quantity (null when absent, 0 or in mixed units), preliminary/partial flags. */
    public record PeriodTotal(int year, Integer month, BigDecimal value, Double quantity, boolean preliminary, Integer partialToMonth) {
    }

    /** The product codes a query for {@code product} reads: the code itself if present, else the one level of codes beneath it. */
    private static final String PRODUCT_LEVEL = """
            product_code = ? or (not exists (select 1 from trade_row t2 where t2.dataset_id = ? and t2.product_code = ?)
              and starts_with(product_code, ?) and length(product_code) = (select min(length(t3.product_code)) from trade_row t3
              where t3.dataset_id = ? and starts_with(t3.product_code, ?) and t3.product_code <> ?))""";

    public List<PeriodTotal> series(long dataset, String reporter, String partner, String flow, String product, String frequency,
                                    Integer from, Integer to) {
        String sql = """
                select year, month, sum(value_usd), case when count(distinct quantity_unit) = 1 and count(quantity) = count(*)
                  then sum(quantity) end, bool_or(preliminary), max(partial_to_month)
                from trade_row where dataset_id = ? and (reporter_code = ? or reporter_iso3 = ?) and partner_code = ? and flow = ?
                  and frequency = ? and not breakdown and year between ? and ? and (""" + PRODUCT_LEVEL + """
                ) group by year, month order by year, month""";
        try (Connection c = connection(); PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            p.setLong(i++, dataset);
            p.setString(i++, reporter);
            p.setString(i++, reporter);
            p.setString(i++, partner);
            p.setString(i++, flow);
            p.setString(i++, frequency);
            p.setInt(i++, from == null ? 0 : from);
            p.setInt(i++, to == null ? 9999 : to);
            i = product(p, i, dataset, product);
            List<PeriodTotal> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Double q = rs.getObject(4) == null ? null : rs.getDouble(4);
                    out.add(new PeriodTotal(rs.getInt(1), (Integer) rs.getObject(2), rs.getBigDecimal(3), q == null || q == 0 ? null : q,
                            rs.getBoolean(5), (Integer) rs.getObject(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
        String sql = "select distinct product_code from trade_row where dataset_id = ? and (" + PRODUCT_LEVEL
                + ") order by product_code limit " + limit;
        try (Connection c = connection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, dataset);
            product(p, 2, dataset, product);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Value by partner or by reporter for one year, flow and product (annual rows, totals only). */
    public record CodeValue(String code, String iso3, BigDecimal value) {
    }

    /** {@code other}: the reporter (by partner) or the partner (by reporter) to hold fixed, or null for all. */
    public List<CodeValue> byCode(long dataset, int year, String flow, String product, boolean byPartner, String other) {
        String column = byPartner ? "partner_code" : "reporter_code";
        String otherFilter = other == null ? "" : byPartner ? " and (reporter_code = ? or reporter_iso3 = ?)" : " and partner_code = ?";
        String sql = "select " + column + ", max(" + (byPartner ? "null" : "reporter_iso3") + "), sum(value_usd) from trade_row "
                + "where dataset_id = ? and year = ? and flow = ? and frequency = 'A' and not breakdown" + otherFilter + " and ("
                + PRODUCT_LEVEL + ") group by " + column + " order by 3 desc";
        try (Connection c = connection(); PreparedStatement p = c.prepareStatement(sql)) {
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
            product(p, i, dataset, product);
            List<CodeValue> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new CodeValue(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
