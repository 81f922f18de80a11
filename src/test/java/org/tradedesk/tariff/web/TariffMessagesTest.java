package org.tradedesk.tariff.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.Jurisdiction;

/** Both languages have the same keys, and every literal key the tariff templates use exists. */
class TariffMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(TariffMessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("tariff_zh_TW.properties").keySet()).isEqualTo(load("tariff_en.properties").keySet());
    }

    @Test
    void everyKeyUsedInTheTemplatesExists() throws IOException {
        Properties en = load("tariff_en.properties");
        Set<String> used = new HashSet<>();
        Pattern literal = Pattern.compile("#\\{(tariff\\.[a-z0-9.-]+)[}(]");
        Pattern dynamic = Pattern.compile("#\\{'(tariff\\.[a-z0-9.-]+\\.)' \\+");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/tariff"))) {
            for (Path f : files.toList()) {
                String html = Files.readString(f);
                Matcher m = literal.matcher(html);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher d = dynamic.matcher(html);
                while (d.find()) {
                    String prefix = d.group(1);
                    assertThat(en.stringPropertyNames()).as("keys starting with " + prefix).anyMatch(k -> k.startsWith(prefix));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsAll(used);
        for (Jurisdiction j : Jurisdiction.values()) {
            assertThat(en.getProperty("tariff.jurisdiction." + j)).isNotBlank();
            assertThat(en.getProperty("tariff.imports.bundled." + j)).isNotBlank();
        }
    }

    @Test
    void everyExceptionCodeOfTheModuleHasAMessage() throws IOException {
        Set<String> keys = load("tariff_en.properties").stringPropertyNames();
        Pattern code = Pattern.compile("\"(tariff\\.[a-z.\\-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/tradedesk/tariff"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(f));
                while (m.find()) {
                    String found = m.group(1);
                    if (found.endsWith(".")) {
                        // a prefix the code completes (tariff.eligibility.source.<jurisdiction>.<list>): some key must have it
                        assertThat(keys).as("keys under the prefix %s in %s", found, f.getFileName()).anyMatch(k -> k.startsWith(found));
                    } else {
                        assertThat(keys).as("message code %s in %s", found, f.getFileName()).contains(found);
                    }
                }
            }
        }
    }
}
