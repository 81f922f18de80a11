package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tradedesk.taxes.CalculationStatus;
import org.tradedesk.taxes.TaxRequest;

/** Both languages carry the same keys, and every key the T1 pages name (literally or per enum value) exists in both. */
class TaxesPagesI18nTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TaxesPagesI18nTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("taxes_zh_TW.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("taxes_en.properties").stringPropertyNames());
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("#\\{(taxes\\.page\\.[A-Za-z0-9_.-]+)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/taxes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (CalculationStatus s : CalculationStatus.values()) {
            used.add("taxes.page.status." + s);
        }
        for (TaxRequest.AllocationBasis a : TaxRequest.AllocationBasis.values()) {
            used.add("taxes.page.allocation." + a);
        }
        used.addAll(Set.of("taxes.page.notice.submitted", "taxes.page.notice.approved", "taxes.page.notice.returned",
                "taxes.page.notice.sent", "taxes.page.mail.subject", "taxes.page.mail.body", "taxes.page.send.not-approved"));
        assertThat(used).hasSizeGreaterThan(60);
        Set<String> en = new HashSet<>(load("taxes_en.properties").stringPropertyNames());
        Set<String> zh = new HashSet<>(load("taxes_zh_TW.properties").stringPropertyNames());
        assertThat(en).containsAll(used);
        assertThat(zh).containsAll(used);
    }
}
