package org.tradedesk.markets.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's final table without PostgreSQL: a configuration whose rows differ from DuckDB's gets no speed ratio
 * (a speed of other rows is no comparison), and its PostgreSQL tables carry this process's id (two runs on one
 * PostgreSQL do not drop each other's tables).
 */
class MarketsBenchmarkTableTest {

    @Test
    void rowsThatDifferGetNoRatioAndTheTablesAreThisProcesss() {
        List<MarketsBenchmark.Line> lines = List.of(
                new MarketsBenchmark.Line("PostgreSQL, no index", "full: PostgreSQL-shaped", List.of(40_000_000L), false,
                        MarketsBenchmark.DIFFERS + "row 3 differs"),
                new MarketsBenchmark.Line("PostgreSQL, no index", "full: DuckDB's text", List.of(40_000_000L), false, "yes, equal"));
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            MarketsBenchmark.table(lines, 10_000_000L, 10_000_000L, 10_000_000L);
            MarketsBenchmark.ratio("full", "PostgreSQL, no index", MarketsBenchmark.ROWS_DIFFER, 10_000_000L);
        } finally {
            System.setOut(out);
        }
        List<String> rows = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).filteredOn(r -> r.contains("PostgreSQL-shaped")).singleElement()
                .satisfies(r -> assertThat(r).contains(" n/a ").doesNotContain(" 4.0 "));
        assertThat(rows).filteredOn(r -> r.contains("DuckDB's text") && r.startsWith("PostgreSQL")).singleElement()
                .satisfies(r -> assertThat(r).contains(" 4.0 "));
        assertThat(rows).filteredOn(r -> r.startsWith("RATIO")).singleElement()
                .satisfies(r -> assertThat(r).contains("n/a").doesNotContain("= "));
        String pid = Long.toString(ProcessHandle.current().pid());
        for (String name : List.of(MarketsBenchmark.TRADE_T, MarketsBenchmark.TOTAL_T, MarketsBenchmark.SHARE_T,
                MarketsBenchmark.SHARE_TOTAL_T, MarketsBenchmark.IX, MarketsBenchmark.IX2, MarketsBenchmark.IX3)) {
            assertThat(name).startsWith("markets_bench_").endsWith("_" + pid);
        }
        assertThat(MarketsBenchmark.FULL_INDEX).contains(MarketsBenchmark.TRADE_T).doesNotContain("markets_bench_trade ");
    }
}
