package org.tradedesk.markets.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message code this package can produce — the literals in its sources, the ".reasoned" variants of the
 * decision findings, the criterion and tariff-source labels — has a text in both markets bundles.
 */
class StatsMessageCodesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/tradedesk/markets/domain/stats");

    @Test
    void everyCodeHasAnEnglishAndAChineseText() throws IOException {
        Set<String> codes = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(markets\\.stats\\.[a-z0-9.-]+[a-z0-9])\"");
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        codes.stream().filter(c -> c.startsWith("markets.stats.decision.")).toList().stream()
                .filter(c -> !c.endsWith("nothing-chosen") && !c.endsWith("not-scored") && !c.endsWith("tariff-not-loaded")
                        && !c.endsWith("rank-sensitive") && !c.endsWith("reason-too-short")) // said because the reason does not count (t2fixO)
                .forEach(c -> codes.add(c + ".reasoned"));
        for (MarketScoring.Criterion c : MarketScoring.Criterion.values()) {
            codes.add(c.code());
        }
        for (MarketAccess.Source s : MarketAccess.Source.values()) {
            codes.add(s.code());
        }
        assertThat(codes).hasSizeGreaterThan(80);
        for (String bundle : new String[] {"markets_en.properties", "markets_zh_TW.properties"}) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            assertThat(codes).as(bundle).allSatisfy(c -> assertThat(p.getProperty(c)).as(c).isNotBlank());
        }
    }
}
