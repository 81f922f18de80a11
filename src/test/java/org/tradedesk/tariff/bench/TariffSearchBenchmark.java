package org.tradedesk.tariff.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.domain.ScheduleData;
import org.tradedesk.tariff.importing.AuTariffReaderAccess;
import org.tradedesk.tariff.persistence.TariffStore;
import org.tradedesk.tariff.search.TariffSearchIndex;

/**
 * Tariff search over the full Australian schedule: Lucene (the product's search) against a SQL
 * {@code LIKE} scan of the same table on H2, for the same queries. Sample-time mode gives p95.
 * Run: {@code ./mvnw -o -q test-compile} then
 * {@code java -cp target/classes:target/test-classes:<test classpath> org.tradedesk.tariff.bench.TariffSearchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TariffSearchBenchmark {

    static final List<String> QUERIES = List.of("wine", "passenger motor vehicles", "8703.23", "footwear", "frozen fish",
            "bolts", "cotton yarn", "tobacco", "8542", "orange juice");

    TariffSearchIndex index;
    JdbcTemplate jdbc;
    long version;
    int next;

    @Setup(Level.Trial)
    public void load() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(ds);
        TariffStore store = new TariffStore(jdbc);
        ScheduleData data = AuTariffReaderAccess.readBundled();
        version = store.createVersion(Jurisdiction.AU, "bench", null, java.time.Instant.now());
        store.insertSchedule(version, data);
        store.activate(Jurisdiction.AU, version);
        index = new TariffSearchIndex(store);
        index.rebuild(Jurisdiction.AU);
    }

    private String nextQuery() {
        return QUERIES.get(next++ % QUERIES.size());
    }

    @Benchmark
    public void lucene(Blackhole bh) {
        bh.consume(index.search(Jurisdiction.AU, nextQuery(), 0, 20));
    }

    /** What a search without an index does: every word must occur in the description (or the code starts with the digits). */
    @Benchmark
    public void sqlLike(Blackhole bh) {
        String q = nextQuery();
        if (q.matches("[\\d.]+")) {
            bh.consume(jdbc.queryForList("select code from tariff_node where data_version = ? and code like ? order by code limit 20",
                    String.class, version, q.replace(".", "") + "%"));
            return;
        }
        StringBuilder sql = new StringBuilder("select code from tariff_node where data_version = ?");
        List<Object> args = new java.util.ArrayList<>(List.of(version));
        for (String word : q.toLowerCase(Locale.ROOT).split("\\s+")) {
            sql.append(" and lower(description_en) like ?");
            args.add("%" + word + "%");
        }
        bh.consume(jdbc.queryForList(sql + " order by code limit 20", String.class, args.toArray()));
    }

    /** {@code main per-query}: p50/p95 of each query alone, to see which one is slow. */
    static void perQuery() throws Exception {
        TariffSearchBenchmark b = new TariffSearchBenchmark();
        b.load();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        for (String q : QUERIES) {
            long[] lucene = new long[300];
            long[] sql = new long[60];
            for (int i = 0; i < 100; i++) {
                b.index.search(Jurisdiction.AU, q, 0, 20);
            }
            for (int i = 0; i < lucene.length; i++) {
                long t = System.nanoTime();
                bh.consume(b.index.search(Jurisdiction.AU, q, 0, 20));
                lucene[i] = System.nanoTime() - t;
            }
            for (int i = 0; i < sql.length; i++) {
                b.next = QUERIES.indexOf(q);
                long t = System.nanoTime();
                b.sqlLike(bh);
                sql[i] = System.nanoTime() - t;
            }
            java.util.Arrays.sort(lucene);
            java.util.Arrays.sort(sql);
            System.out.printf("%-26s lucene p50 %7.3f p95 %7.3f ms | LIKE p50 %7.3f p95 %7.3f ms%n", q,
                    lucene[150] / 1e6, lucene[284] / 1e6, sql[30] / 1e6, sql[56] / 1e6);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("per-query")) {
            perQuery();
            return;
        }
        new Runner(new OptionsBuilder().include(TariffSearchBenchmark.class.getName())
                .forks(0).warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(3)).build()).run();
    }
}
