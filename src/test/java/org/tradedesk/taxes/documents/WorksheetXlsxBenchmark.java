package org.tradedesk.taxes.documents;

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

/**
 * Time to produce the worksheet XLSX of a 1,000-line invoice (target: under 2 s). Run with
 * {@code java -cp target/test-classes:target/classes:<test class path> org.openjdk.jmh.Main WorksheetXlsxBenchmark};
 * not part of the test suite. On a shared, overloaded machine wall time says little, so
 * {@link #main} also prints the thread's CPU time per run:
 * {@code java -cp … org.tradedesk.taxes.documents.WorksheetXlsxBenchmark 10}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorksheetXlsxBenchmark {

    TaxDocuments documents;
    TaxDocument invoice;

    @Setup
    public void setUp() {
        documents = DocumentsTestSupport.documents();
        invoice = TaxDocumentFixtures.largeTaiwanInvoice(1000);
    }

    @Benchmark
    public byte[] worksheetOf1000Lines() {
        return documents.worksheetXlsx(invoice);
    }

    /** Wall and CPU time of successive runs in one JVM: the first is cold (class loading, JIT). */
    public static void main(String[] args) {
        WorksheetXlsxBenchmark bench = new WorksheetXlsxBenchmark();
        bench.setUp();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        for (int i = 1; i <= runs; i++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            int size = bench.worksheetOf1000Lines().length;
            System.out.printf("run %d: %d ms wall, %d ms CPU, %d bytes%n", i, (System.nanoTime() - wall) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, size);
        }
    }
}
