package org.tradedesk.taxes.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.ChainDefinition;
import org.tradedesk.taxes.domain.ExchangeRateTable;
import org.tradedesk.taxes.domain.TaxEngine;

/**
 * Companion to {@link EngineBenchmark} for a shared, loaded machine: measures the calculating
 * thread's CPU time (not wall time), so other processes competing for the cores do not inflate it.
 * Run: {@code java -cp <test classpath> org.tradedesk.taxes.bench.EngineCpuTime}
 */
public final class EngineCpuTime {

    private EngineCpuTime() {
    }

    public static void main(String[] args) {
        ChainDefinitions chains = ChainDefinitions.fromClasspath();
        TaxEngine engine = new TaxEngine(ExchangeRateTable.EMPTY, null);
        TaxRequest tw = EngineBenchmark.taiwanInvoice(EngineBenchmark.LINES);
        TaxRequest au = EngineBenchmark.australianInvoice(EngineBenchmark.LINES);
        ChainDefinition twChain = chains.forJurisdiction("TW", tw.date());
        ChainDefinition auChain = chains.forJurisdiction("AU", au.date());
        report("TW", () -> engine.calculate(tw, twChain));
        report("AU", () -> engine.calculate(au, auChain));
    }

    private static void report(String name, Supplier<Object> invoice) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Object sink = null;
        for (int i = 0; i < 300; i++) {
            sink = invoice.get();
        }
        int runs = 300;
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            sink = invoice.get();
            long used = threads.getCurrentThreadCpuTime() - start;
            best = Math.min(best, used);
            total += used;
        }
        double meanMs = total / 1e6 / runs;
        System.out.printf("%s %d-line invoice: CPU mean %.2f ms, best %.2f ms → %.0f lines/s on one core (mean)%n",
                name, EngineBenchmark.LINES, meanMs, best / 1e6, EngineBenchmark.LINES / meanMs * 1000);
        if (sink == null) {
            throw new IllegalStateException();
        }
    }
}
