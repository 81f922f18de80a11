package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
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

/** The documents' labels exist in both languages, and every label the templates and the writer use is there. */
class TaxDocumentsI18nTest {

    @Test
    void bothLanguagesCarryTheSameDocumentKeys() throws IOException {
        assertThat(documentKeys("taxes_zh_TW.properties")).isEqualTo(documentKeys("taxes_en.properties"));
    }

    @Test
    void everyKeyTheTemplatesAndWritersUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern template = Pattern.compile("#\\{(taxes\\.documents\\.[\\w.]+)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/taxes/documents"))) {
            for (Path f : files.toList()) {
                Matcher m = template.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Pattern java = Pattern.compile("labels\\.(?:get|both)\\(\"([\\w.]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/tradedesk/taxes/documents"))) {
            for (Path f : files.toList()) {
                Matcher m = java.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(DocumentLabels.PREFIX + m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(documentKeys("taxes_en.properties")).containsAll(used);
    }

    private static Set<String> documentKeys(String bundle) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(TaxDocumentsI18nTest.class.getResourceAsStream("/i18n/" + bundle), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(DocumentLabels.PREFIX)).forEach(keys::add);
        return keys;
    }
}
