package org.tradedesk.taxes.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.ChainDefinition;
import org.tradedesk.taxes.domain.ExchangeRateTable;
import org.tradedesk.taxes.domain.TaxEngine;

/**
 * Engine speed on one thread: a 1,000-line invoice through the full Taiwan and Australian chains,
 * every step's explanation kept. Lines per second = 1,000 / (ms per invoice) × 1,000.
 * Run (JMH forks a JVM, so it needs the real class path, not Maven's):
 * {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.tradedesk.taxes.bench.EngineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class EngineBenchmark {

    static final int LINES = 1000;

    private TaxEngine engine;
    private ChainDefinition tw;
    private ChainDefinition au;
    private TaxRequest twInvoice;
    private TaxRequest auInvoice;

    @Setup
    public void setUp() {
        ChainDefinitions chains = ChainDefinitions.fromClasspath();
        engine = new TaxEngine(ExchangeRateTable.EMPTY, null);
        twInvoice = taiwanInvoice(LINES);
        auInvoice = australianInvoice(LINES);
        tw = chains.forJurisdiction("TW", twInvoice.date());
        au = chains.forJurisdiction("AU", auInvoice.date());
    }

    /** USD invoice, FOB, freight and insurance by weight; duty "whichever is higher", commodity tax and AD on some lines. */
    static TaxRequest taiwanInvoice(int n) {
        List<TaxRequestLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, String> measures = switch (i % 4) {
                case 0 -> Map.of("duty", "MAX(10%, 20 TWD/kg)");
                case 1 -> Map.of("duty", "7.5%", "antiDumping", "35%");
                case 2 -> Map.of("duty", "17.5%", "commodityTax", "15%");
                default -> Map.of("duty", "Free");
            };
            lines.add(new TaxRequestLine("item " + i, "85182200", "CN", BigDecimal.valueOf(100 + i % 97, 0), BigDecimal.TEN, "No",
                    BigDecimal.valueOf(5 + i % 13), null, null, null, null, null, measures, null));
        }
        return new TaxRequest("TW", LocalDate.of(2026, 3, 2), "USD", Incoterm.FOB, new BigDecimal("32.15"), null, null,
                new BigDecimal("1200"), new BigDecimal("150"), null, TaxRequest.AllocationBasis.WEIGHT, null, lines);
    }

    /** USD invoice, FOB; wine (WET, GST), beer (excise-equivalent by LAL), cars (LCT) and general goods. */
    static TaxRequest australianInvoice(int n) {
        List<TaxRequestLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TaxRequestLine line = switch (i % 4) {
                case 0 -> new TaxRequestLine("wine " + i, "22042120", "US", new BigDecimal("900"), null, null, null,
                        new BigDecimal("90"), new BigDecimal("13.5"), null, null, null, Map.of("duty", "5%"), null);
                case 1 -> new TaxRequestLine("beer " + i, "22030019", "NZ", new BigDecimal("400"), null, null, null,
                        new BigDecimal("85.2"), new BigDecimal("5"), null, null, null,
                        Map.of("duty", "Free", "exciseEquivalent", "57.79 AUD/LAL"), null);
                case 2 -> new TaxRequestLine("car " + i, "87032319", "DE", new BigDecimal("80000"), BigDecimal.ONE, "No", null,
                        null, null, null, null, null, Map.of("duty", "5%"), null);
                default -> new TaxRequestLine("pump " + i, "84137000", "CN", new BigDecimal("1234.56"), null, null, null,
                        null, null, null, null, null, Map.of("duty", "5%"), null);
            };
            lines.add(line);
        }
        return new TaxRequest("AU", LocalDate.of(2026, 3, 2), "USD", Incoterm.FOB, null, new BigDecimal("0.65"), null,
                new BigDecimal("5000"), new BigDecimal("300"), null, TaxRequest.AllocationBasis.VALUE, null, lines);
    }

    @Benchmark
    public TaxResult taiwan1000Lines() {
        return engine.calculate(twInvoice, tw);
    }

    @Benchmark
    public TaxResult australia1000Lines() {
        return engine.calculate(auInvoice, au);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(EngineBenchmark.class.getSimpleName()).build()).run();
    }
}
