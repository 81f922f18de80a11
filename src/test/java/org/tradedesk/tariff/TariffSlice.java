package org.tradedesk.tariff;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tradedesk.tariff.persistence.TariffStore;

/**
 * A Taiwan tariff catalogue on an in-memory H2 database with the application's schema (its Flyway migrations), without
 * Spring: {@code lines} 11-digit statistical lines under 8-digit items (their last three digits the statistical code), their rates on the item (half of them) or on the
 * line itself, some no longer in force; and a count of the statements sent to the database. For the document checks'
 * look-up count test and benchmark: the catalogue the application uses, read through its own store.
 */
public final class TariffSlice implements AutoCloseable {

    private final HikariDataSource pool;
    private final AtomicLong statements = new AtomicLong();
    private final List<String> codes = new ArrayList<>();
    private final TariffStore store;
    private final TransactionTemplate readOnly;

    private TariffSlice(int lines) {
        pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:tariff-slice-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR,VALUE;DB_CLOSE_DELAY=-1");
        pool.setMaximumPoolSize(2);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        JdbcTemplate seed = new JdbcTemplate(pool);
        seed.update("insert into tariff_data_version (jurisdiction, label, imported_at, active) values ('TW', 'slice', ?, true)",
                Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
        long version = seed.queryForObject("select max(id) from tariff_data_version", Long.class);
        List<Object[]> nodes = new ArrayList<>();
        List<Object[]> measures = new ArrayList<>();
        java.util.Set<String> items = new java.util.LinkedHashSet<>();
        for (int i = 0; i < lines; i++) {
            // chapters 84/85, 8-digit items of ten lines each, the 11-digit line with a check digit
            String item = (i % 2 == 0 ? "84" : "85") + String.format("%06d", 10_000 + i / 10 * 7);
            String code = item + (i % 10) + "0" + (i % 7);
            codes.add(code);
            if (items.add(item)) {
                nodes.add(new Object[] {version, item, "ITEM", null, "Item " + item});
                measures.add(new Object[] {version, item, "GENERAL", null, Date.valueOf(LocalDate.of(2020, 1, 1)), null, "5%"});
            }
            nodes.add(new Object[] {version, code, "STATISTICAL", code.substring(8), "Line " + code});
            if (i % 2 == 1) {
                // its own rate, one in 25 of them expired before 2026
                measures.add(new Object[] {version, code, "GENERAL", null, Date.valueOf(LocalDate.of(2020, 1, 1)),
                        i % 25 == 1 ? Date.valueOf(LocalDate.of(2025, 12, 31)) : null, "2.5%"});
            }
        }
        seed.batchUpdate("insert into tariff_node (data_version, code, node_level, statistical_code, description_en) values (?,?,?,?,?)", nodes);
        seed.batchUpdate("insert into tariff_measure (data_version, item_code, measure_type, scheme, valid_from, valid_to, expression,"
                + " original_text, measure_source) values (?,?,?,?,?,?,?,'x','slice')", measures);
        DataSource counted = counting(pool, statements);
        store = new TariffStore(new JdbcTemplate(counted));
        DataSourceTransactionManager tx = new DataSourceTransactionManager(counted);
        readOnly = new TransactionTemplate(tx);
        readOnly.setReadOnly(true);
    }

    /** A catalogue of {@code lines} 11-digit lines (see the class). */
    public static TariffSlice of(int lines) {
        return new TariffSlice(lines);
    }

    /** A new catalogue on the slice's store: nothing kept yet of what codes resolve to (the first check after a start or import). */
    public TariffCatalogue catalogue() {
        return new TariffCatalogue(store, null, null);
    }

    /** The 11-digit codes of the slice, in the order made. */
    public List<String> codes() {
        return List.copyOf(codes);
    }

    /** The statements prepared since the slice was made. */
    public long statements() {
        return statements.get();
    }

    /** {@code work} in a read-only transaction, as the application's checks run (the active version is then read each time it is asked). */
    public <T> T inReadOnlyTransaction(java.util.function.Supplier<T> work) {
        return readOnly.execute(status -> work.get());
    }

    @Override
    public void close() {
        pool.close();
    }

    private static DataSource counting(DataSource target, AtomicLong statements) {
        InvocationHandler connections = (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                Connection c = (Connection) method.invoke(target, args);
                return Proxy.newProxyInstance(TariffSlice.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                    if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
                            || m.getName().equals("prepareCall")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return m.invoke(c, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
            }
            try {
                return method.invoke(target, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (DataSource) Proxy.newProxyInstance(TariffSlice.class.getClassLoader(), new Class<?>[] {DataSource.class}, connections);
    }
}
