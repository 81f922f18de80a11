package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tradedesk.TradedeskApplication;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8 through the application: the findings of a Taiwan sea import with a 1,000-line commercial invoice, a packing
 * list and a bill of lading, as {@code GET /api/v1/clearance/transactions/{id}/findings} gets them
 * ({@link ClearanceChecks#findings(TransactionId)}, in its read-only transaction): the file read, the cache key built,
 * and on a miss the checks run with the tariff look-ups of the 1,000 lines in the bundled Taiwan schedule (imported
 * into the in-memory H2 database the tests use, 1,000 of its 11-digit lines), the claimed preferences and the invoices
 * of the client's four other open files (1,000 lines each) compared for duplicates.
 * <ul>
 * <li>{@code findingsAfterAChange}: the invoice's version goes up before each call (as any edit does), so the checks
 * run: the path the acceptance review measured at 1.3–4.3 s.</li>
 * <li>{@code findingsCacheHit}: nothing changed since the last call (the home work queue, a page viewed again).</li>
 * </ul>
 * The first setup starts the application and imports the schedule (a minute or more). Run: {@code ./mvnw -o -q
 * test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test} then {@code java
 * -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.openjdk.jmh.Main ClearanceFindingsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1500m"})
public class ClearanceFindingsBenchmark {

    static final int LINES = 1000;
    static final int OTHER_FILES = 4;

    private ConfigurableApplicationContext app;
    private ClearanceChecks checks;
    private JdbcTemplate jdbc;
    private TransactionId file;
    private long invoice;

    @Setup(Level.Trial)
    public void start() throws Exception {
        SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_GLOBAL);
        app = new SpringApplicationBuilder(TradedeskApplication.class)
                .properties("server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off").run();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("manager", "x", "ROLE_MANAGER"));
        checks = app.getBean(ClearanceChecks.class);
        jdbc = app.getBean(JdbcTemplate.class);
        JsonMapper json = app.getBean(JsonMapper.class);
        org.tradedesk.support.BundledTariffs.importAndAwait(app.getBean(TariffCatalogue.class), Jurisdiction.TW);
        List<String> all = jdbc.queryForList("select n.code from tariff_node n join tariff_data_version v on v.id = n.data_version"
                + " where v.jurisdiction = 'TW' and v.active = true and length(n.code) = 11 order by n.code", String.class);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            codes.add(all.get((int) ((long) i * all.size() / LINES)));
        }
        long client = app.getBean(ClientDirectory.class).create(new ClientDetails("Bench Imports Co", ClientKind.IMPORTER, CountryCode.TW,
                null, PreferredLanguage.EN, null, null, null)).id();
        for (int f = 0; f <= OTHER_FILES; f++) {
            long id = insertFile(client, "BENCH-" + f);
            long doc = insertDocument(id, "COMMERCIAL_INVOICE", json.writeValueAsString(invoice("INV-BENCH-" + f, codes)));
            if (f == 0) {
                file = TransactionId.of(id);
                invoice = doc;
                insertDocument(id, "PACKING_LIST", null);
                insertDocument(id, "BILL_OF_LADING", null);
            }
        }
        List<Finding> found = checks.findings(file);
        System.out.println("findings of the 1,000-line file: " + found.size());
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    private static CapturedInvoice invoice(String number, List<String> codes) {
        List<CapturedLine> lines = new ArrayList<>(LINES);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= LINES; i++) {
            BigDecimal q = BigDecimal.valueOf(10 + i % 7);
            BigDecimal amount = q.multiply(BigDecimal.valueOf(20 + i % 13));
            BigDecimal n = q.multiply(new BigDecimal("1.5"));
            lines.add(new CapturedLine(i, "Machine part " + i, codes.get(i - 1), i % 3 == 0 ? "CN" : "TW", q, "PCE", n, n.add(BigDecimal.ONE),
                    null, amount, null, null, null));
            total = total.add(amount);
        }
        return new CapturedInvoice("MANUAL", false, number, LocalDate.of(2026, 11, 20), "USD", "Formosa Machinery Co., Ltd.", "TW",
                "Harbour Engineering Pty Ltd", "AU", "CIF", "Keelung", total, null, 120, lines);
    }

    private long insertFile(long client, String reference) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into clearance_transaction (version, client_id, direction, jurisdiction, transport_mode, incoterm, reference,"
                + " status, created_by, created_at, updated_at) values (0, ?, 'IMPORT', 'TW', 'SEA', 'CIF', ?, 'DRAFT', 'manager', ?, ?)",
                client, reference, now, now);
        return jdbc.queryForObject("select max(id) from clearance_transaction", Long.class);
    }

    private long insertDocument(long file, String type, String captured) {
        jdbc.update("insert into clearance_document (version, transaction_id, document_type, file_name, content_type, size_bytes,"
                + " sha256, capture_format, captured_json, uploaded_by, uploaded_at) values (0, ?, ?, ?, 'application/pdf', 1, ?, ?, ?,"
                + " 'manager', ?)", file, type, type.toLowerCase() + ".pdf", type + "-" + file, captured == null ? null : "MANUAL", captured,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from clearance_document", Long.class);
    }

    /** The state of {@code findingsAfterAChange}: the invoice edited (its version up) before each call. */
    @State(Scope.Benchmark)
    public static class Changed {
        @Setup(Level.Invocation)
        public void edit(ClearanceFindingsBenchmark b) {
            b.jdbc.update("update clearance_document set version = version + 1 where id = ?", b.invoice);
        }
    }

    /** The checks run: the file's invoice changed since the last call. */
    @Benchmark
    public List<Finding> findingsAfterAChange(Changed changed) {
        return checks.findings(file);
    }

    /** Nothing changed since the last call: the findings kept are given. */
    @Benchmark
    public List<Finding> findingsCacheHit() {
        return checks.findings(file);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ClearanceFindingsBenchmark.class.getSimpleName()).build()).run();
    }
}
