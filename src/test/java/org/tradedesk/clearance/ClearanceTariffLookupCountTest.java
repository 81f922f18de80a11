package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.DocumentChecks;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.domain.TariffValidity;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffCheckDigitWrong;
import org.tradedesk.tariff.TariffCodeInvalid;
import org.tradedesk.tariff.TariffItemNotFound;
import org.tradedesk.tariff.TariffLookup;
import org.tradedesk.tariff.TariffSlice;

/**
 * Issue 8 acceptance review: the checks of a 1,000-line invoice took 1.3–4.3 s through the application because each line
 * asked the tariff catalogue on its own (the active version and the line, each a statement inside the request's
 * transaction). The catalogue is the application's, on an H2 database with its schema, and the statements it sends are
 * counted: the checks of a file with a 1,000-line invoice (1,000 distinct codes, some typed with 10 digits, some unknown,
 * some no longer in force) must send a handful whatever the number of lines, and find exactly what asking line by line
 * finds.
 */
class ClearanceTariffLookupCountTest {

    static TariffSlice slice;
    static DocumentChecks checks;

    @BeforeAll
    static void catalogue() throws Exception {
        slice = TariffSlice.of(1000);
        try (InputStream in = ClearanceTariffLookupCountTest.class.getResourceAsStream("/clearance/checks.tsv")) {
            checks = DocumentChecks.read(in);
        }
    }

    @AfterAll
    static void close() {
        slice.close();
    }

    /** A TW sea import with a 1,000-line invoice: the slice's codes, every 50th unknown, every 40th typed without its check digit. */
    static CheckedFile file(List<String> codes) {
        List<CapturedLine> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String code = codes.get(i);
            if (i % 50 == 49) {
                code = "9" + code.substring(1); // chapter 94/95: not in the slice
            } else if (i % 40 == 39) {
                code = code.substring(0, 10);
            }
            String dotted = code.substring(0, 4) + "." + code.substring(4, 6) + "." + code.substring(6);
            lines.add(new CapturedLine(i + 1, "Part " + i, dotted, "TW", BigDecimal.TEN, "PCE", BigDecimal.ONE, BigDecimal.valueOf(2), null,
                    BigDecimal.valueOf(100), null, null, null));
        }
        CapturedInvoice invoice = new CapturedInvoice("MANUAL", false, "INV-1000", LocalDate.of(2026, 11, 20), "USD", "Formosa Co",
                "TW", "Harbour Pty Ltd", "AU", "CIF", "Keelung", BigDecimal.valueOf(100_000), null, 10, lines);
        return new CheckedFile("TW", "IMPORT", "SEA", "CIF", LocalDate.of(2026, 12, 1), List.of(
                new CheckedFile.Document(1, "COMMERCIAL_INVOICE", invoice), new CheckedFile.Document(2, "PACKING_LIST", null),
                new CheckedFile.Document(3, "BILL_OF_LADING", null)));
    }

    /** What each line asked before: the active version, then the catalogue's look-up of the line. */
    static TariffValidity perLine(TariffCatalogue tariff) {
        return (jurisdiction, code, date) -> {
            Jurisdiction j = Jurisdiction.valueOf(jurisdiction);
            if (tariff.activeVersion(j).isEmpty()) {
                return TariffValidity.Answer.NO_DATA;
            }
            try {
                TariffLookup found = tariff.lookup(j, code, date);
                return found.measures().isEmpty() ? TariffValidity.Answer.NOT_IN_FORCE : TariffValidity.Answer.CURRENT;
            } catch (TariffItemNotFound | TariffCodeInvalid e) {
                return TariffValidity.Answer.UNKNOWN;
            }
        };
    }

    @Test
    void theChecksOfAThousandLinesSendAHandfulOfStatementsAndFindWhatLineByLineFinds() {
        CheckedFile file = file(slice.codes());
        TariffCatalogue tariff = slice.catalogue();

        long before = slice.statements();
        List<Finding> batched = slice.inReadOnlyTransaction(() -> checks.check(file, ClearanceChecks.tariffOf(tariff, file)));
        long first = slice.statements() - before;

        before = slice.statements();
        List<Finding> again = slice.inReadOnlyTransaction(() -> checks.check(file, ClearanceChecks.tariffOf(tariff, file)));
        long second = slice.statements() - before;

        // the counter sees a per-line look-up: the way the checks asked before, on a catalogue that has kept nothing yet
        TariffCatalogue fresh = slice.catalogue();
        before = slice.statements();
        List<Finding> lineByLine = slice.inReadOnlyTransaction(() -> checks.check(file, perLine(fresh)));
        long perLine = slice.statements() - before;

        assertThat(perLine).as("asking line by line: the counter counts the catalogue's statements").isGreaterThanOrEqualTo(2000);
        assertThat(first).as("statements for 1,000 lines, nothing kept yet: the version, the lines, their candidates, the measures")
                .isLessThanOrEqualTo(6);
        // the active version: read in the transaction, or kept a few seconds when read outside one (another test method)
        assertThat(second).as("statements for 1,000 lines already resolved: at most the active version").isLessThanOrEqualTo(1);
        assertThat(batched).isEqualTo(lineByLine).isEqualTo(again);
        assertThat(batched).extracting(f -> f.message().code())
                .contains("clearance.finding.tariff-unknown", "clearance.finding.tariff-not-in-force");
        assertThat(batched.stream().filter(f -> f.message().code().equals("clearance.finding.tariff-unknown")).count())
                .as("every 50th line's code is not in the tariff").isEqualTo(20);
    }

    /**
     * Each kind of code answers as the catalogue's own look-up does: a line, a line typed without its check digit, an
     * item with its rate, an expired rate, a code not in the tariff, not a tariff code, and a wrong check digit (refused
     * naming the published one, as the look-up refuses it).
     */
    @Test
    void aBatchAnswersEachKindOfCodeAsTheLookupDoes() {
        String line = slice.codes().get(0);
        String expired = slice.codes().get(1);
        List<String> codes = List.of(line, line.substring(0, 10), line.substring(0, 8), expired, "9401999999", "94019999991", "ABC",
                "8401");
        LocalDate on = LocalDate.of(2026, 12, 1);
        TariffCatalogue.Lookups batch = slice.inReadOnlyTransaction(() -> slice.catalogue().lookups(Jurisdiction.TW, codes)).orElseThrow();
        TariffCatalogue alone = slice.catalogue();
        for (String code : codes) {
            Object a = outcome(() -> alone.lookup(Jurisdiction.TW, code, on));
            Object b = outcome(() -> batch.lookup(code, on));
            assertThat(b).as(code).isEqualTo(a);
        }
        assertThat(batch.lookup(expired, on).measures()).as("the line's own rate ended in 2025").isEmpty();
        String wrongDigit = line.substring(0, 10) + (char) ('0' + (line.charAt(10) - '0' + 1) % 10);
        TariffCatalogue.Lookups withWrong = slice.catalogue().lookups(Jurisdiction.TW, List.of(wrongDigit)).orElseThrow();
        assertThatThrownBy(() -> withWrong.lookup(wrongDigit, on)).isInstanceOf(TariffCheckDigitWrong.class);
        assertThatThrownBy(() -> slice.catalogue().lookup(Jurisdiction.TW, wrongDigit, on)).isInstanceOf(TariffCheckDigitWrong.class);
    }

    /**
     * The declaration's checks asked the statistical codes of each item on its own (a statement per item); the items of
     * a declaration are now read in one statement, with the codes each item's own look-up gives.
     */
    @Test
    void theStatisticalCodesOfManyItemsComeFromOneStatementAsEachItemsOwn() {
        java.util.Set<String> items = new java.util.LinkedHashSet<>();
        slice.codes().forEach(c -> items.add(c.substring(0, 8)));
        items.add("94019999"); // not in the tariff
        TariffCatalogue tariff = slice.catalogue();
        long before = slice.statements();
        java.util.Map<String, java.util.Set<String>> batch = slice.inReadOnlyTransaction(() -> tariff.statisticalCodes(Jurisdiction.TW, items));
        long statements = slice.statements() - before;
        before = slice.statements();
        java.util.Map<String, java.util.Set<String>> alone = new java.util.HashMap<>();
        slice.inReadOnlyTransaction(() -> {
            items.forEach(i -> alone.put(i, tariff.statisticalCodes(Jurisdiction.TW, i)));
            return null;
        });
        long perItem = slice.statements() - before;

        assertThat(items).hasSizeGreaterThan(150);
        assertThat(perItem).as("one item at a time").isGreaterThanOrEqualTo(items.size());
        assertThat(statements).as("the version and the items' lines").isLessThanOrEqualTo(2);
        assertThat(batch).isEqualTo(alone);
        String first = slice.codes().get(0);
        assertThat(batch.get(first.substring(0, 8))).contains(first.substring(8));
        assertThat(batch.get("94019999")).isEmpty();
    }

    /** The look-up's answer, or the kind and code of what it threw. */
    static Object outcome(java.util.function.Supplier<TariffLookup> lookup) {
        try {
            return lookup.get();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ":" + e.getMessage();
        }
    }
}
