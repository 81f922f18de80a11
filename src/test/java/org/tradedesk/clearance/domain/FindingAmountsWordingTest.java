package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.ItemSource;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;

/**
 * T4 acceptance review (t4fixT 3): the findings printed amounts and figures without currency or grouping — 「總額（15000
 * USD）」, "it declares the amount 7700, the invoice now says 8000", "(300) … (290)". Every amount is printed with its
 * currency, grouped, to the currency's ISO scale; every measured figure with its unit.
 */
class FindingAmountsWordingTest {

    static DocumentChecks checks;
    static MessageTexts texts;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = FindingAmountsWordingTest.class.getResourceAsStream("/clearance/checks.tsv")) {
            checks = DocumentChecks.read(in);
        }
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance", "i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        texts = new MessageTexts(bundles, new Formats(java.time.Clock.systemUTC()));
    }

    static CapturedLine line(int n, String qty, String amount) {
        return new CapturedLine(n, "lamp", "85395200", "CN", new BigDecimal(qty), "H87", null, null, null, new BigDecimal(amount),
                null, null, null);
    }

    static CapturedInvoice invoice(String total, CapturedLine... lines) {
        return new CapturedInvoice("MANUAL", false, "INV-9", LocalDate.of(2026, 2, 10), "USD", "Shenzhen Lamps", "CN", "寶島食品", "TW",
                "CIF", "Keelung", new BigDecimal(total), null, null, List.of(lines));
    }

    @Test
    void anInvoiceTotalThatIsNotTheSumOfItsLinesNamesBothAmountsWithTheCurrency() {
        CheckedFile.Document d = new CheckedFile.Document(1, "COMMERCIAL_INVOICE", invoice("15000", line(1, "10", "7000"), line(2, "10", "7000")));
        List<Finding> found = checks.check(new CheckedFile("TW", "IMPORT", "AIR", "CIF", LocalDate.of(2026, 3, 2), List.of(d)),
                (j, code, date) -> TariffValidity.Answer.CURRENT);
        Finding total = found.stream().filter(f -> f.message().code().equals("clearance.finding.total-differs")).findFirst().orElseThrow();
        assertThat(texts.render(total.message(), Locale.TRADITIONAL_CHINESE)).contains("（USD 15,000.00）").contains("（USD 14,000.00）");
        assertThat(texts.render(total.message(), Locale.ENGLISH)).contains("(USD 15,000.00)").contains("(USD 14,000.00)");
    }

    @Test
    void aLodgedAmountThatNoLongerMatchesTheInvoiceIsNamedWithItsCurrency() {
        CheckedFile.Document d = new CheckedFile.Document(7, "COMMERCIAL_INVOICE", invoice("8000", line(1, "1200", "8000")));
        DeclarationItem lodged = new DeclarationItem(1, "lamp", "85395200", null, "CN", null, new BigDecimal("1000"), "H87", null,
                new BigDecimal("7700"), new BigDecimal("7700"), List.of(), new ItemSource(7L, "INV-9", 1));
        List<Finding> found = LodgedDeclarationCheck.check(checks.rules("TW"),
                new CheckedFile("TW", "IMPORT", "AIR", "CIF", LocalDate.of(2026, 3, 2), List.of(d)),
                new LodgedDeclarationCheck.Lodged(1, List.of(lodged)));
        assertThat(found).extracting(f -> texts.render(f.message(), Locale.ENGLISH)).anySatisfy(t -> assertThat(t)
                .contains("it declares the amount USD 7,700.00, the invoice now says USD 8,000.00"))
                .anySatisfy(t -> assertThat(t).contains("it declares the quantity 1,000 pieces, the invoice now says 1,200 pieces"));
        // the unit in the reader's words, not the Rec. 20 code (t4fixW)
        assertThat(found).extracting(f -> texts.render(f.message(), Locale.TAIWAN)).anySatisfy(t -> assertThat(t).contains("1,000 件", "1,200 件")) // H87 is Rec. 20 "piece": 件 (t4fixAF 1)
                .noneSatisfy(t -> assertThat(t).contains("H87"));
    }

    @Test
    void aFigureThatDiffersBetweenDocumentsIsNamedWithItsUnit() {
        CapturedLine l = new CapturedLine(1, "lamp", "85395200", "CN", new BigDecimal("10"), "H87", new BigDecimal("290"),
                new BigDecimal("300"), null, new BigDecimal("7000"), null, null, null);
        List<CheckedFile.Document> docs = List.of(new CheckedFile.Document(1, "COMMERCIAL_INVOICE", invoice("7000", l)),
                new CheckedFile.Document(2, "PACKING_LIST", null));
        DocumentFigures list = new DocumentFigures(null, new BigDecimal("1300"), null, null, null, null, null, null, null);
        List<Finding> found = CrossDocumentChecks.check(checks.rules("TW"),
                new CheckedFile("TW", "IMPORT", "SEA", "CIF", LocalDate.of(2026, 3, 2), docs), Map.of(2L, list));
        Finding gross = found.stream().filter(f -> f.fields().equals(List.of("grossMassKg"))).findFirst().orElseThrow();
        assertThat(texts.render(gross.message(), Locale.ENGLISH)).contains("(300 kg)").contains("(1,300 kg)");
    }
}
