package org.tradedesk.clearance.messages.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.tradedesk.clearance.messages.AustralianCusdec;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.clearance.messages.DeclarationMessage.FunctionCode;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;
import org.tradedesk.clearance.messages.DeclarationMessage.TransportMode;
import org.tradedesk.clearance.messages.EdifactEnvelope;
import org.tradedesk.shared.Incoterm;

/**
 * A 999-item Australian import declaration (two duties per item, about 15,000 segments): generated as
 * CUSDEC D.99B and re-parsed by StAEDI with the schema validating ({@link AustralianCusdec#write} does both),
 * and the re-parse alone. Target: generate and re-parse under 200 ms.
 * Run: {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.tradedesk.clearance.messages.bench.CusdecBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class CusdecBenchmark {

    private DeclarationMessage declaration;
    private EdifactEnvelope envelope;
    private byte[] written;

    @Setup
    public void setUp() {
        declaration = declaration(999);
        envelope = new EdifactEnvelope("TRADEDESK01", "AUCUSTOMS", "BENCH1", LocalDateTime.of(2026, 12, 6, 9, 0));
        written = AustralianCusdec.write(declaration, envelope);
    }

    static DeclarationMessage declaration(int n) {
        List<DeclarationItem> items = new ArrayList<>(n);
        BigDecimal values = BigDecimal.ZERO;
        BigDecimal duties = BigDecimal.ZERO;
        for (int i = 1; i <= n; i++) {
            BigDecimal value = new BigDecimal("100.00").add(BigDecimal.valueOf(i));
            BigDecimal duty = value.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal gst = value.add(duty).multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);
            items.add(new DeclarationItem(i, "Spare part " + i + ", steel", "84829100", "20", "CN", i % 3 == 0 ? "ChAFTA" : null,
                    new BigDecimal("10"), "EA", new BigDecimal("1.5"), new BigDecimal("65.10"), value,
                    List.of(new DutyTax("CUD", new BigDecimal("5"), value, duty), new DutyTax("GST", new BigDecimal("10"), value.add(duty), gst))));
            values = values.add(value);
            duties = duties.add(duty).add(gst);
        }
        return new DeclarationMessage("AU", "BENCHAU0001", 1, FunctionCode.ORIGINAL, LocalDate.of(2026, 12, 6),
                new Party("53004085616", "Harbour Customs Brokers Pty Ltd", "AU"), new Party("51824753556", "Southern Cross Outdoor Pty Ltd", "AU"),
                new Party(null, "Shenzhen Bearings Co.", "CN"), TransportMode.SEA, "CNSZX", "AUSYD", LocalDate.of(2026, 12, 4), Incoterm.FOB,
                "FOB", "USD", new BigDecimal("1.5360"), "AUD", null, new BigDecimal("950.00"), new BigDecimal("45.00"), values, duties, 999,
                new BigDecimal("1600"), items);
    }

    /** What lodgement does: generate the CUSDEC and re-parse it with the schema validating, compared with the declaration. */
    @Benchmark
    public byte[] generateAndReparse999Items() {
        return AustralianCusdec.write(declaration, envelope);
    }

    @Benchmark
    public DeclarationMessage read999Items() {
        return AustralianCusdec.read(written);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(CusdecBenchmark.class.getSimpleName()).build()).run();
    }
}
