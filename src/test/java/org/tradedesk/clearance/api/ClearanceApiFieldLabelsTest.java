package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Acceptance review F10 (t4fixB): a problem detail of the clearance API names each field at fault by its label in the
 * reader's language ({@code ClearanceApiErrors.label}); a field without one came out as its JSON name inside a Chinese
 * sentence. Every property of every request body of the clearance API has a label in both bundles, under one of the
 * prefixes {@code label} looks in.
 */
class ClearanceApiFieldLabelsTest {

    static final List<String> PREFIXES = List.of("clearance.api.field.", "clearance.invoice.field.", "clearance.field.", "clearance.line.",
            "clearance.invoice.line.field.");

    static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ClearanceApiFieldLabelsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyRequestFieldHasALabelInBothLanguages() throws Exception {
        Properties en = bundle("clearance_en.properties");
        Properties zh = bundle("clearance_zh_TW.properties");
        // the application's classes (not the tests' directory of the same package)
        Path dir = Path.of(TransactionRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/tradedesk/clearance/api");
        List<Class<?>> requests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class") || !name.contains("Request")) {
                    continue;
                }
                Class<?> c = Class.forName("org.tradedesk.clearance.api." + name.substring(0, name.length() - 6));
                // request bodies and the records inside them (an invoice's Line)
                if (c.isRecord() && !c.getSimpleName().endsWith("Json")) {
                    requests.add(c);
                }
            }
        }
        assertThat(requests).hasSizeGreaterThan(10);
        TreeSet<String> missing = new TreeSet<>();
        for (Class<?> c : requests) {
            for (var component : c.getRecordComponents()) {
                String field = component.getName();
                for (Properties bundle : List.of(en, zh)) {
                    if (PREFIXES.stream().noneMatch(p -> bundle.getProperty(p + field) != null)) {
                        missing.add(c.getSimpleName() + "." + field + (bundle == en ? " (en)" : " (zh-TW)"));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
