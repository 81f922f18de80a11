package org.tradedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/competency-coverage.md} traces the standard KPS1420-002v3 to the product: one row per
 * behaviour indicator (P) and work output (O), each exactly once, and every test a row names must
 * exist. The id list is copied here from the competency map (COMPETENCY-MAP.md, kept outside the
 * repository) so the build does not depend on files beside the clone; ranges such as
 * "P3.2.1 – P3.2.3" there are written out.
 */
class CompetencyCoverageTest {

    static final List<String> STANDARD_IDS = List.of(
            "P1.1.1", "P1.1.2", "P1.1.3", "P1.2.1", "P1.2.2", "P1.2.3", "O1.2.1", "P1.3.1", "P1.3.2", "P1.3.3",
            "P2.1.1", "P2.1.2", "P2.1.3", "P2.1.4", "O2.1.1", "P2.2.1", "P2.2.2", "P2.2.3", "P2.2.4", "P2.2.5",
            "O2.2.1", "P2.3.1", "P2.3.2", "P2.3.3", "O2.3.1",
            "P3.1.1", "P3.1.2", "P3.1.3", "P3.1.4", "P3.1.5", "P3.1.6", "O3.1.1", "O3.1.2",
            "P3.2.1", "P3.2.2", "P3.2.3", "P3.2.4", "P3.2.5",
            "P3.3.1", "P3.3.2", "P3.3.3", "P3.3.4", "P3.3.5", "P3.3.6", "O3.3.1",
            "P4.1.1", "P4.1.2", "P4.1.3", "P4.2.1", "P4.2.2", "P4.3.1", "P4.3.2", "P4.3.3", "O4.3.1",
            "P4.4.1", "P4.4.2", "P4.4.3", "O4.4.1", "P4.5.1", "P4.5.2", "P4.5.3",
            "P4.6.1", "P4.6.2", "P4.6.3", "P4.6.4", "P4.6.5", "O4.6.1", "P4.7.1", "P4.7.2", "P4.7.3");

    static final Path DOCUMENT = Path.of("docs", "competency-coverage.md");

    /** {@code | id | feature: ... | test: ... |} */
    static final Pattern ROW = Pattern.compile("^\\|\\s*([PO]\\d+\\.\\d+\\.\\d+)\\s*\\|\\s*feature:(.*)\\|\\s*test:(.*)\\|\\s*$");

    record Row(int line, String id, String feature, String tests) {
    }

    static List<Row> rows;

    @BeforeAll
    static void readDocument() throws IOException {
        rows = parse(Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8));
    }

    static List<Row> parse(List<String> lines) {
        List<Row> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.matches("^\\|\\s*[PO]\\d.*")) {
                Matcher m = ROW.matcher(line);
                assertThat(m.matches()).as("%s:%d is not '| id | feature: ... | test: ... |': %s", DOCUMENT, i + 1, line)
                        .isTrue();
                parsed.add(new Row(i + 1, m.group(1), m.group(2).strip(), m.group(3).strip()));
            }
        }
        return parsed;
    }

    @Test
    void theStandardHasSeventyIndicatorsAndOutputs() {
        assertThat(STANDARD_IDS).hasSize(70).doesNotHaveDuplicates();
    }

    @Test
    void everyIdOfTheStandardAppearsExactlyOnce() {
        List<String> ids = rows.stream().map(Row::id).toList();
        assertThat(ids).as("ids in %s", DOCUMENT).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(STANDARD_IDS);
    }

    @Test
    void everyNamedTestFileExists() {
        List<String> missing = new ArrayList<>();
        for (Row row : rows) {
            for (String test : testPaths(row)) {
                if (!Files.isRegularFile(Path.of(test))) {
                    missing.add(DOCUMENT + ":" + row.line() + " " + row.id() + " names " + test);
                }
            }
        }
        assertThat(missing).as("test files named in %s that do not exist", DOCUMENT).isEmpty();
    }

    @Test
    void aRowWithATestAlsoNamesItsFeature() {
        assertThat(rows).filteredOn(row -> !testPaths(row).isEmpty())
                .allSatisfy(row -> assertThat(row.feature()).as("%s feature", row.id()).isNotBlank()
                        .isNotEqualToIgnoringCase("not yet"));
    }

    @Test
    void readsPathsAndRejectsAMalformedRow() {
        List<Row> parsed = parse(List.of("| id | feature | test |", "|---|---|---|",
                "| P1.1.1 | feature: tariff search | test: src/a/ATest.java, `src/b/BTest.java#works` |",
                "| P1.1.2 | feature: not yet | test: not yet |"));
        assertThat(parsed).extracting(Row::id).containsExactly("P1.1.1", "P1.1.2");
        assertThat(testPaths(parsed.get(0))).containsExactly("src/a/ATest.java", "src/b/BTest.java");
        assertThat(testPaths(parsed.get(1))).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse(List.of("| P1.1.1 | tariff search | x |")))
                .isInstanceOf(AssertionError.class).hasMessageContaining(":1 is not");
    }

    /** Paths separated by commas or semicolons, optionally in backticks or with a {@code #method}; "not yet" names none. */
    static List<String> testPaths(Row row) {
        if (row.tests().isBlank() || row.tests().equalsIgnoreCase("not yet")) {
            return List.of();
        }
        return Arrays.stream(row.tests().split("[,;]")).map(s -> s.strip().replace("`", "").replaceAll("#.*$", "").strip())
                .filter(s -> !s.isEmpty()).toList();
    }
}
