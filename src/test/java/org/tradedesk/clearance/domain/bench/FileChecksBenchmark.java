package org.tradedesk.clearance.domain.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.CrossDocumentChecks;
import org.tradedesk.clearance.domain.DocumentChecks;
import org.tradedesk.clearance.domain.DocumentFigures;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.domain.TariffValidity;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;

/**
 * Issue 8's target "checks on a 1,000-line invoice with packing list and B/L under 100 ms": the shipped Taiwan rules
 * ({@code clearance/checks.tsv}: required documents, fields, currency, totals, tariff code per line, origin, and the
 * cross-document figures — packages, masses, quantities, parties, unit-value plausibility, permits) on one file with a
 * 1,000-line commercial invoice, a packing list and a bill of lading. The tariff answer per line comes from a map of
 * the 1,000 codes (the application asks the tariff catalogue; its look-up is measured by the tariff benchmarks), so
 * this is the checks' own cost; {@code org.tradedesk.clearance.CatalogueChecksBenchmark} runs them with the catalogue's
 * look-ups and {@code org.tradedesk.clearance.ClearanceFindingsBenchmark} through the application. Run: {@code ./mvnw -o -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test} then {@code java -cp
 * target/test-classes:target/classes:$(cat target/test-cp.txt) org.tradedesk.clearance.domain.bench.FileChecksBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class FileChecksBenchmark {

    private DocumentChecks checks;
    private CheckedFile file;
    private Map<Long, DocumentFigures> figures;
    private TariffValidity tariff;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = FileChecksBenchmark.class.getResourceAsStream("/clearance/checks.tsv")) {
            checks = DocumentChecks.read(in);
        }
        Map<String, TariffValidity.Answer> codes = new HashMap<>();
        List<CapturedLine> lines = new ArrayList<>(1000);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal quantity = BigDecimal.ZERO;
        for (int i = 1; i <= 1000; i++) {
            String code = String.format("%04d.%02d", 8400 + i % 100, i % 90 + 10);
            codes.put(code, i % 50 == 0 ? TariffValidity.Answer.UNKNOWN : TariffValidity.Answer.CURRENT);
            BigDecimal q = BigDecimal.valueOf(10 + i % 7);
            BigDecimal amount = q.multiply(BigDecimal.valueOf(20 + i % 13));
            BigDecimal n = q.multiply(new BigDecimal("1.5"));
            BigDecimal g = n.add(BigDecimal.ONE);
            lines.add(new CapturedLine(i, "Machine part " + i, code, i % 3 == 0 ? "CN" : "TW", q, "PCE", n, g, null, amount,
                    null, null, null));
            total = total.add(amount);
            net = net.add(n);
            gross = gross.add(g);
            quantity = quantity.add(q);
        }
        CapturedInvoice invoice = new CapturedInvoice("MANUAL", false, "INV-BENCH-1000", LocalDate.of(2026, 11, 20), "USD",
                "Formosa Machinery Co., Ltd.", "TW", "Harbour Engineering Pty Ltd", "AU", "CIF", "Keelung", total, gross, 120, lines);
        file = new CheckedFile("TW", "IMPORT", "SEA", "CIF", LocalDate.of(2026, 12, 1), List.of(
                new CheckedFile.Document(1, "COMMERCIAL_INVOICE", invoice), new CheckedFile.Document(2, "PACKING_LIST", null),
                new CheckedFile.Document(3, "BILL_OF_LADING", null)));
        figures = new HashMap<>();
        figures.put(2L, new DocumentFigures(120, gross, net, quantity, "FORMOSA MACHINERY CO LTD", "Harbour Engineering Pty Ltd",
                null, null, null));
        figures.put(3L, new DocumentFigures(121, gross.add(BigDecimal.TEN), null, null, "Formosa Machinery Co., Ltd.",
                "Harbour Engineering Pty. Ltd.", null, null, null));
        tariff = (jurisdiction, code, date) -> codes.getOrDefault(code, TariffValidity.Answer.UNKNOWN);
    }

    /** What the file page and the declaration run: the rules per document, then the figures across documents. */
    @Benchmark
    public List<Finding> checks1000LinesWithPackingListAndBillOfLading() {
        List<Finding> out = new ArrayList<>(checks.check(file, tariff));
        out.addAll(CrossDocumentChecks.check(checks.rules(file.jurisdiction()), file, figures));
        return out;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(FileChecksBenchmark.class.getSimpleName()).build()).run();
    }
}
