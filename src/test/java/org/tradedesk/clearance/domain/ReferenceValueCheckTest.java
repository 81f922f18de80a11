package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;

/**
 * The VALUE_REFERENCE rule (issue 8, Checks: value plausibility against a reference unit value, not only the invoice's own
 * lines): the unit value in the reference's unit, both sides converted to the local currency at the customs rates, the factor
 * read from the rule; nothing said without a reference, a rate or a comparable unit.
 */
class ReferenceValueCheckTest {

    static final CheckRule RULE = new CheckRule("TW", "cross.value-reference", CheckRule.Kind.VALUE_REFERENCE, "*", "5",
            Finding.Severity.WARNING, "law:tw.customs-29");

    /** India's imports of HS 851712 from China, 2010 (comtrade_legacy_IND_CHN_H3_2010.csv): 4,124,953,014 USD ÷ 106,967,789 items. */
    static final ReferenceValueCheck.Reference PHONES = new ReferenceValueCheck.Reference("u", new BigDecimal("38.5627"), 1, 2010, 2010,
            List.of("India (699)"), false, "UN Comtrade", "comtrade_legacy_IND_CHN_H3_2010.csv");

    static CapturedLine line(int n, String code, String qty, String unit, String netKg, String amount) {
        return new CapturedLine(n, "Mobile phones", code, "CN", new BigDecimal(qty), unit, netKg == null ? null : new BigDecimal(netKg), null,
                null, new BigDecimal(amount), null, null, null);
    }

    static CheckedFile file(String currency, List<CapturedLine> lines) {
        CapturedInvoice inv = new CapturedInvoice("CSV", false, "INV-9", LocalDate.of(2026, 3, 1), currency, "Shenzhen Phones", "CN",
                "寶島電子", "TW", "CIF", "Keelung", null, null, null, lines);
        return new CheckedFile("TW", "IMPORT", "SEA", "CIF", LocalDate.of(2026, 3, 10),
                List.of(new CheckedFile.Document(7, "COMMERCIAL_INVOICE", inv)), LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 12),
                false, List.of(), null, java.util.Set.of());
    }

    /** TWD per EUR 35.00 and per USD 32.00 (hand figures), a tariff line counted in pieces. */
    static ReferenceValueCheck.Sources sources(Optional<ReferenceValueCheck.Reference> reference) {
        return new ReferenceValueCheck.Sources() {
            @Override
            public Optional<ReferenceValueCheck.Reference> reference(String hs6) {
                return hs6.equals("851712") ? reference : Optional.empty();
            }

            @Override
            public Optional<BigDecimal> localPerForeign(String currency, LocalDate date) {
                return switch (currency) {
                    case "EUR" -> Optional.of(new BigDecimal("35.00"));
                    case "USD" -> Optional.of(new BigDecimal("32.00"));
                    default -> Optional.empty();
                };
            }

            @Override
            public String localCurrency() {
                return "TWD";
            }

            @Override
            public Optional<String> statisticalUnit(String code, LocalDate date) {
                return Optional.of("PCE");
            }
        };
    }

    @Test
    void aLineFarBelowTheReferenceIsWarnedWithTheDatasetItCameFrom() {
        // EUR 6,000 for 1,000 phones: EUR 6.00 a piece = TWD 210.00; the reference USD 38.5627 = TWD 1,234.01; ÷ 5 = 246.80 > 210
        List<Finding> found = ReferenceValueCheck.check(List.of(RULE),
                file("EUR", List.of(line(1, "8517.12.00.00-4", "1000", "PCE", null, "6000.00"),
                        // EUR 30 a piece = TWD 1,050: within a factor of 5 of TWD 1,234.01
                        line(2, "8517.12.00.00-4", "100", "PCE", null, "3000.00"))), sources(Optional.of(PHONES)));
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
        assertThat(f.rule()).isEqualTo("cross.value-reference");
        assertThat(f.fields()).containsExactly("lines[0].unitPrice");
        String en = CrossDocumentChecksTest.texts().render(f.message(), java.util.Locale.ENGLISH);
        assertThat(en).contains("Line 1", "EUR 6.00 per piece", "less than 1/5", "USD 38.56 per piece", "India (699)", "HS 851712",
                "2010", "UN Comtrade", "comtrade_legacy_IND_CHN_H3_2010.csv", "TWD 210", "TWD 1,234.01", "other reporters stand in");
        String zh = CrossDocumentChecksTest.texts().render(f.message(), java.util.Locale.TAIWAN);
        assertThat(zh).contains("第 1 項單價", "5 分之一", "每個 USD 38.56", "comtrade_legacy_IND_CHN_H3_2010.csv", "以其他申報國代之");
    }

    @Test
    void aLineFarAboveIsWarnedAndTheFactorIsTheRulesData() {
        // USD 200 a piece: above 5 × 38.5627 = 192.81; with the factor 10 in the rule's data it is not
        CheckedFile file = file("USD", List.of(line(1, "851712", "10", "PCE", null, "2000.00")));
        assertThat(ReferenceValueCheck.check(List.of(RULE), file, sources(Optional.of(PHONES))))
                .singleElement().satisfies(f -> assertThat(f.message().code()).isEqualTo("clearance.finding.value-reference-high"));
        CheckRule wider = new CheckRule("TW", "cross.value-reference", CheckRule.Kind.VALUE_REFERENCE, "*", "10",
                Finding.Severity.WARNING, "law:tw.customs-29");
        assertThat(ReferenceValueCheck.check(List.of(wider), file, sources(Optional.of(PHONES)))).isEmpty();
    }

    @Test
    void noReferenceNoRateOrNoComparableUnitSaysNothing() {
        CheckedFile cheap = file("EUR", List.of(line(1, "851712", "1000", "PCE", null, "6000.00")));
        assertThat(ReferenceValueCheck.check(List.of(RULE), cheap, sources(Optional.empty()))).isEmpty();
        // a currency the rate table does not hold
        assertThat(ReferenceValueCheck.check(List.of(RULE), file("JPY", List.of(line(1, "851712", "1000", "PCE", null, "6000"))),
                sources(Optional.of(PHONES)))).isEmpty();
        // a reference per kg for a line counted in pieces (the tariff's statistical unit): no reference for it
        ReferenceValueCheck.Reference perKg = new ReferenceValueCheck.Reference("kg", new BigDecimal("400"), 1, 2010, 2010,
                List.of("India (699)"), false, "UN Comtrade", "x.csv");
        assertThat(ReferenceValueCheck.check(List.of(RULE), file("USD", List.of(line(1, "851712", "1000", "PCE", "150", "6000"))),
                sources(Optional.of(perKg)))).isEmpty();
    }

    @Test
    void dozensAreCountedInPiecesAgainstAReferencePerItem() {
        // 100 dozen = 1,200 pieces at USD 6,000: USD 5.00 a piece, below 38.5627 ÷ 5
        assertThat(ReferenceValueCheck.check(List.of(RULE), file("USD", List.of(line(1, "851712", "100", "DZN", null, "6000.00"))),
                sources(Optional.of(PHONES)))).singleElement().satisfies(f -> assertThat(
                        CrossDocumentChecksTest.texts().render(f.message(), java.util.Locale.ENGLISH)).contains("USD 5.00 per piece"));
    }
}
