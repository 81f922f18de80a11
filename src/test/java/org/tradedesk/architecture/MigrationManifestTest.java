package org.tradedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Migrations cannot run out of order or change after a release. {@code src/test/resources/db/RELEASED}
 * lists every released migration with the SHA-256 of its text; a released file must stay as it was,
 * and a new one must be named {@code V<yyyy>_<MM>_<dd>_<HHmm>[_n]__<module>_<what>.sql} with a
 * version above every released one, so a database of any release upgrades in order.
 */
class MigrationManifestTest {

    static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    static final Path MANIFEST = Path.of("src", "test", "resources", "db", "RELEASED");
    static final Path MODULES = Path.of("src", "main", "java", "org", "tradedesk");

    /** The scheme for every migration added after release 2026-11. */
    static final Pattern NEW_NAME = Pattern.compile(
            "V(20\\d{2})_(0[1-9]|1[0-2])_(0[1-9]|[12]\\d|3[01])_([01]\\d|2[0-3])[0-5]\\d(_\\d+)?__([a-z]+)_[a-z0-9_]+\\.sql");

    @Test
    void releasedMigrationsAreUnchangedAndNewOnesComeAfterThem() throws IOException {
        List<String> problems = check(readManifest(Files.readAllLines(MANIFEST, StandardCharsets.UTF_8)),
                currentMigrations(), moduleNames());
        assertThat(problems).as("migrations against %s (new lines for it: %s)", MANIFEST, manifestLines()).isEmpty();
    }

    @Test
    void anEditedReleasedMigrationFails() {
        Map<String, String> released = Map.of("V1_1__identity.sql", sha256("create table a (id int);\n"));
        assertThat(check(released, Map.of("V1_1__identity.sql", "create table a (id bigint);\n"), Set.of("identity")))
                .singleElement().asString().contains("V1_1__identity.sql", "changed");
        // the same text with Windows line ends is the same migration
        assertThat(check(released, Map.of("V1_1__identity.sql", "create table a (id int);\r\n"), Set.of("identity")))
                .isEmpty();
    }

    @Test
    void aRemovedReleasedMigrationFails() {
        Map<String, String> released = Map.of("V1_1__identity.sql", sha256("x"), "V2_1__clients.sql", sha256("y"));
        assertThat(check(released, Map.of("V1_1__identity.sql", "x"), Set.of()))
                .singleElement().asString().contains("V2_1__clients.sql", "removed");
    }

    @Test
    void aNewMigrationBelowAReleasedOneFails() {
        // the V3_2-after-V4_1 mistake of release 2026-11, and the same mistake in the old scheme
        Map<String, String> released = Map.of("V4_1__taxes.sql", sha256("x"),
                "V2026_12_06_1107__platform_event_publication.sql", sha256("y"));
        Map<String, String> current = new TreeMap<>(Map.of("V4_1__taxes.sql", "x",
                "V2026_12_06_1107__platform_event_publication.sql", "y",
                "V2026_12_06_1100__tariff_earlier.sql", "z", "V3_2__tariff_late.sql", "z"));
        assertThat(check(released, current, Set.of("tariff", "platform", "taxes")))
                .anySatisfy(p -> assertThat(p).contains("V2026_12_06_1100__tariff_earlier.sql", "not above"))
                .anySatisfy(p -> assertThat(p).contains("V3_2__tariff_late.sql", "not above"))
                .anySatisfy(p -> assertThat(p).contains("V3_2__tariff_late.sql", "is not named"));
    }

    @Test
    void aNewMigrationNamesAnExistingModuleAndATime() {
        Map<String, String> released = Map.of("V4_1__taxes.sql", sha256("x"));
        assertThat(check(released, Map.of("V4_1__taxes.sql", "x", "V2026_12_06_1107_1__clients_ids.sql", "y",
                "V2026_12_06_1107_2__clients_more.sql", "y"), Set.of("clients"))).isEmpty();
        assertThat(check(released, Map.of("V4_1__taxes.sql", "x", "V2026_12_06_1107__client_ids.sql", "y"),
                Set.of("clients"))).singleElement().asString().contains("no module 'client'");
        assertThat(check(released, Map.of("V4_1__taxes.sql", "x", "V2026_12_06_2460__clients_ids.sql", "y"),
                Set.of("clients"))).singleElement().asString().contains("is not named");
    }

    /** Problems, empty when the current files keep every released one and add only later versions. */
    static List<String> check(Map<String, String> released, Map<String, String> current, Set<String> modules) {
        List<String> problems = new ArrayList<>();
        released.forEach((name, checksum) -> {
            String text = current.get(name);
            if (text == null) {
                problems.add(name + " was released and has been removed");
            } else if (!sha256(text).equals(checksum)) {
                problems.add(name + " was released and has changed: add a new migration instead");
            }
        });
        MigrationVersion newestReleased = released.keySet().stream().map(MigrationManifestTest::version)
                .max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        for (String name : current.keySet()) {
            if (released.containsKey(name)) {
                continue;
            }
            var m = NEW_NAME.matcher(name);
            if (!m.matches()) {
                problems.add(name + " is not named V<yyyy>_<MM>_<dd>_<HHmm>[_n]__<module>_<what>.sql");
            } else if (!modules.contains(m.group(6))) {
                problems.add(name + " names no module '" + m.group(6) + "' (modules: " + new TreeMap<>(
                        modules.stream().collect(Collectors.toMap(s -> s, s -> ""))).keySet() + ")");
            }
            if (version(name).compareTo(newestReleased) <= 0) {
                problems.add(name + " is not above the newest released version " + newestReleased
                        + ": a database of that release would refuse it");
            }
        }
        return problems;
    }

    static MigrationVersion version(String fileName) {
        return MigrationVersion.fromVersion(fileName.substring(1, fileName.indexOf("__")).replace('_', '.'));
    }

    static Map<String, String> readManifest(List<String> lines) {
        Map<String, String> released = new LinkedHashMap<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+");
            assertThat(parts).as("%s line '%s' is '<file> <sha-256>'", MANIFEST, l).hasSize(2);
            released.put(parts[0], parts[1]);
        }
        return released;
    }

    static Map<String, String> currentMigrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql")).collect(Collectors.toMap(
                    p -> p.getFileName().toString(), MigrationManifestTest::read, (a, b) -> a, TreeMap::new));
        }
    }

    private static Set<String> moduleNames() throws IOException {
        try (Stream<Path> dirs = Files.list(MODULES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** What to append to the manifest on a release: every migration not in it yet. */
    private static String manifestLines() throws IOException {
        Map<String, String> released = readManifest(Files.readAllLines(MANIFEST, StandardCharsets.UTF_8));
        return currentMigrations().entrySet().stream().filter(e -> !released.containsKey(e.getKey()))
                .map(e -> e.getKey() + " " + sha256(e.getValue())).collect(Collectors.joining("\n", "\n", "\n"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Of the text with its line ends as LF, so a checkout with CRLF is the same migration (as for Flyway's checksum). */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
