package org.tradedesk.clearance;

import java.io.IOException;
import java.io.InputStream;
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
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.CrossDocumentChecks;
import org.tradedesk.clearance.domain.DocumentChecks;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffSlice;

/**
 * Issue 8's "checks on a 1,000-line invoice with packing list and B/L under 100 ms" with the tariff look-ups the
 * application makes ({@code FileChecksBenchmark} answers them from a map): the shipped Taiwan rules on the file of
 * {@link ClearanceTariffLookupCountTest} (1,000 distinct codes), the catalogue the application uses on an in-memory H2
 * with its schema ({@link TariffSlice}), in a read-only transaction as {@link ClearanceChecks#findings(TransactionId)}
 * runs them.
 * <ul>
 * <li>{@code batchedFirstCheck}: a catalogue that has kept nothing (the first check after a start or an import);</li>
 * <li>{@code batchedWarm}: the lines already resolved (the catalogue keeps them per data version);</li>
 * <li>{@code perLineFirstCheck} / {@code perLineWarm}: as the checks asked before (the active version and the line per
 * line), for comparison.</li>
 * </ul>
 * Run as {@code FileChecksBenchmark} says, with {@code org.openjdk.jmh.Main CatalogueChecksBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class CatalogueChecksBenchmark {

    private TariffSlice slice;
    private DocumentChecks checks;
    private CheckedFile file;
    private TariffCatalogue warm;
    private TariffCatalogue fresh;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        slice = TariffSlice.of(1000);
        try (InputStream in = CatalogueChecksBenchmark.class.getResourceAsStream("/clearance/checks.tsv")) {
            checks = DocumentChecks.read(in);
        }
        file = ClearanceTariffLookupCountTest.file(slice.codes());
        warm = slice.catalogue();
    }

    /** A catalogue that has kept nothing, for the "first check" methods. */
    @Setup(Level.Invocation)
    public void freshCatalogue() {
        fresh = slice.catalogue();
    }

    @TearDown(Level.Trial)
    public void close() {
        slice.close();
    }

    private List<Finding> run(org.tradedesk.clearance.domain.TariffValidity tariff) {
        return slice.inReadOnlyTransaction(() -> {
            List<Finding> out = new ArrayList<>(checks.check(file, tariff));
            out.addAll(CrossDocumentChecks.check(checks.rules(file.jurisdiction()), file, java.util.Map.of()));
            return out;
        });
    }

    @Benchmark
    public List<Finding> batchedFirstCheck() {
        return run(ClearanceChecks.tariffOf(fresh, file));
    }

    @Benchmark
    public List<Finding> batchedWarm() {
        return run(ClearanceChecks.tariffOf(warm, file));
    }

    @Benchmark
    public List<Finding> perLineFirstCheck() {
        return run(ClearanceTariffLookupCountTest.perLine(fresh));
    }

    @Benchmark
    public List<Finding> perLineWarm() {
        return run(ClearanceTariffLookupCountTest.perLine(warm));
    }
}
