package org.tradedesk.clients;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages carry the same keys, and every key the clients pages and enums use exists. */
class ClientsI18nTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ClientsI18nTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> keysOf(String name) throws IOException {
        Set<String> all = new HashSet<>(load("messages_en.properties").stringPropertyNames());
        all.addAll(load(name).stringPropertyNames());
        return all;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("clients_zh_TW.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("clients_en.properties").stringPropertyNames());
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Set<String> keys = keysOf("clients_en.properties");
        Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/clients"))) {
            for (Path f : files.toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    assertThat(keys).as("key %s used in %s", m.group(1), f.getFileName()).contains(m.group(1));
                }
            }
        }
    }

    @Test
    void everyEnumValueShownOnAPageHasALabelInBothLanguages() throws IOException {
        for (String bundle : new String[] {"clients_en.properties", "clients_zh_TW.properties"}) {
            Set<String> keys = load(bundle).stringPropertyNames();
            for (ClientKind k : ClientKind.values()) {
                assertThat(keys).contains("clients.kind." + k);
            }
            for (Channel c : Channel.values()) {
                assertThat(keys).contains("clients.channel." + c);
            }
            for (ConsentPurpose p : ConsentPurpose.values()) {
                assertThat(keys).contains("clients.purpose." + p);
            }
            for (PreferredLanguage l : PreferredLanguage.values()) {
                assertThat(keys).contains("clients.language." + l);
            }
        }
    }

    @Test
    void everyExceptionCodeOfTheModuleHasAMessage() throws IOException {
        Set<String> keys = load("clients_en.properties").stringPropertyNames();
        Pattern code = Pattern.compile("\"(clients\\.[a-z.\\-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/tradedesk/clients"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(f));
                while (m.find()) {
                    assertThat(keys).as("message code %s in %s", m.group(1), f.getFileName()).contains(m.group(1));
                }
            }
        }
    }
}
