package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Issue 8 F9: the same invoice in the file twice (as UBL and as INVOIC) made the client query ask every missing item
 * twice ("lines 1…20: tariff code missing" once per copy). Each missing item is listed once, with the duplicate named.
 */
class ClearanceQueryItemsTest {

    private static CapturedInvoice invoice() {
        List<CapturedLine> lines = List.of(
                new CapturedLine(1, "Shiraz wine", null, null, new BigDecimal("600"), "LTR", null, null, null, new BigDecimal("1000.00"), null, null, null),
                new CapturedLine(2, "Lager beer", null, null, new BigDecimal("100"), "LTR", null, null, null, new BigDecimal("200.00"), null, null, null));
        return new CapturedInvoice("UBL", false, "INV-7", LocalDate.of(2026, 2, 10), "AUD", "Barossa Valley Wines", "AU", "寶島食品", "TW",
                "CIF", "Kaohsiung", new BigDecimal("1200.00"), null, null, lines);
    }

    private static Finding missing(CheckedFile.Document doc, int index, String field) {
        return new Finding(Finding.Severity.ERROR, "field." + field, List.of(doc.ref()), List.of("lines[" + index + "]." + field),
                MessageText.of("clearance.finding.line-field-missing", Arg.literal(field), Arg.number(index + 1), Arg.literal(doc.ref().label())), "reg");
    }

    @Test
    void eachMissingItemIsAskedOnceWhenTheSameInvoiceIsInTheFileTwice() {
        CheckedFile.Document ubl = new CheckedFile.Document(5, "COMMERCIAL_INVOICE", invoice());
        CheckedFile.Document edi = new CheckedFile.Document(6, "COMMERCIAL_INVOICE", invoice());
        Finding twice = new Finding(Finding.Severity.ERROR, "unique.invoice", List.of(ubl.ref(), edi.ref()), List.of("invoiceNumber"),
                MessageText.of("clearance.finding.invoice-twice", Arg.literal("INV-7 (6)"), Arg.literal("INV-7 (5)")), "reg");
        List<Finding> findings = List.of(twice,
                missing(ubl, 0, "tariffCode"), missing(ubl, 1, "tariffCode"), missing(ubl, 0, "originCountry"),
                missing(edi, 0, "tariffCode"), missing(edi, 1, "tariffCode"), missing(edi, 0, "originCountry"));
        List<MessageText> items = ClearanceQueries.items(findings, Map.of(ubl.ref().id(), ubl, edi.ref().id(), edi), org.tradedesk.tariff.Jurisdiction.AU);
        // tariff code missing on lines 1 and 2, origin missing on line 1: two entries, not five; the duplicate is ours to
        // withdraw (t4fixT 1: "Keep one and remove the other" was asked of the client), not in the mail
        assertThat(items).extracting(MessageText::code).containsExactly("clearance.query.item.lines", "clearance.query.item.line");
    }

    /** F6 (T4 acceptance review): the client query lists the invoice pre-filled from a PDF without lines as open items. */
    @Test
    void theQueryListsAnUnconfirmedInvoiceWithoutLines() throws Exception {
        org.tradedesk.clearance.domain.DocumentChecks rules;
        try (java.io.InputStream in = ClearanceQueryItemsTest.class.getResourceAsStream("/clearance/checks.tsv")) {
            rules = org.tradedesk.clearance.domain.DocumentChecks.read(in);
        }
        CapturedInvoice pdf = new CapturedInvoice("PDF_TEXT", true, "PDF-2026-55", null, "USD", null, null, null, null, null, null,
                null, null, null, List.of());
        CheckedFile.Document ubl = new CheckedFile.Document(5, "COMMERCIAL_INVOICE", invoice());
        CheckedFile.Document scanned = new CheckedFile.Document(6, "COMMERCIAL_INVOICE", pdf, null, "invoice.pdf", "cc");
        List<Finding> findings = rules.check(new CheckedFile("AU", "IMPORT", "AIR", "CIF", LocalDate.of(2026, 3, 2),
                List.of(ubl, scanned)), (j, code, date) -> org.tradedesk.clearance.domain.TariffValidity.Answer.CURRENT);
        List<MessageText> items = ClearanceQueries.items(findings, Map.of(ubl.ref().id(), ubl, scanned.ref().id(), scanned), org.tradedesk.tariff.Jurisdiction.AU);
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        org.tradedesk.platform.MessageTexts texts = new org.tradedesk.platform.MessageTexts(bundles,
                new org.tradedesk.platform.Formats(java.time.Clock.systemUTC()));
        List<String> zh = items.stream().map(m -> texts.render(m, java.util.Locale.TRADITIONAL_CHINESE)).toList();
        // worded for the client (t4fixT 1): not "enter its lines", which is ours; confirming the capture is ours, not asked
        assertThat(zh).contains("我們無法讀取商業發票 PDF-2026-55的品項明細（發票總金額：未讀取）。請以明細表（Excel、CSV）或電子發票格式提供此發票。");
        assertThat(zh).noneSatisfy(t -> assertThat(t).contains("尚未經人工確認"));
        List<String> en = items.stream().map(m -> texts.render(m, java.util.Locale.ENGLISH)).toList();
        assertThat(en).anySatisfy(t -> assertThat(t).startsWith("We could not read the lines of Commercial invoice PDF-2026-55"));
    }

    /** Review r-t4c F6: a line's tariff-code problem names the code and ends as a sentence, in both languages. */
    @Test
    void aTariffCodeProblemNamesTheCode() {
        CheckedFile.Document ubl = new CheckedFile.Document(5, "COMMERCIAL_INVOICE", invoice());
        Finding unknown = new Finding(Finding.Severity.ERROR, "validity.tariff-code", List.of(ubl.ref()), List.of("lines[1].tariffCode"),
                MessageText.of("clearance.finding.tariff-unknown", Arg.literal("22039999"), Arg.number(2),
                        Arg.date(LocalDate.of(2026, 3, 2)), Arg.country("AU"), Arg.literal("INV-7")), "reg");
        List<MessageText> items = ClearanceQueries.items(List.of(unknown), Map.of(ubl.ref().id(), ubl), org.tradedesk.tariff.Jurisdiction.AU);
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        org.tradedesk.platform.MessageTexts texts = new org.tradedesk.platform.MessageTexts(bundles,
                new org.tradedesk.platform.Formats(java.time.Clock.systemUTC()));
        // t4fixAC 6: the code as TariffCodeFormat.shown writes it (by hand: Australia's 8 digits dotted 2203.99.99), not as typed
        assertThat(texts.render(items.get(0), java.util.Locale.ENGLISH)).endsWith(", line 2: tariff code 2203.99.99 is not in the tariff.");
        assertThat(texts.render(items.get(0), java.util.Locale.TRADITIONAL_CHINESE)).endsWith("第 2 項：稅則號別 2203.99.99 不在稅則中。");
        // Taiwan's 11-character CCC code with its check digit after a dash; Australia's 10 digits with the statistical code
        // after a slash; the same code typed two ways is one entry
        Finding ccc = new Finding(Finding.Severity.ERROR, "validity.tariff-code", List.of(ubl.ref()), List.of("lines[0].tariffCode"),
                MessageText.of("clearance.finding.tariff-unknown", Arg.literal("22030000104"), Arg.number(1),
                        Arg.date(LocalDate.of(2026, 3, 2)), Arg.country("TW"), Arg.literal("INV-7")), "reg");
        assertThat(texts.render(ClearanceQueries.items(List.of(ccc), Map.of(ubl.ref().id(), ubl), org.tradedesk.tariff.Jurisdiction.TW)
                .get(0), java.util.Locale.ENGLISH)).endsWith(": tariff code 2203.00.00.10-4 is not in the tariff.");
        Finding stat = new Finding(Finding.Severity.ERROR, "validity.tariff-code", List.of(ubl.ref()), List.of("lines[0].tariffCode"),
                MessageText.of("clearance.finding.tariff-unknown", Arg.literal("2203.99.99.32"), Arg.number(1),
                        Arg.date(LocalDate.of(2026, 3, 2)), Arg.country("AU"), Arg.literal("INV-7")), "reg");
        Finding typedPlain = new Finding(Finding.Severity.ERROR, "validity.tariff-code", List.of(ubl.ref()), List.of("lines[1].tariffCode"),
                MessageText.of("clearance.finding.tariff-unknown", Arg.literal("2203999932"), Arg.number(2),
                        Arg.date(LocalDate.of(2026, 3, 2)), Arg.country("AU"), Arg.literal("INV-7")), "reg");
        List<MessageText> au = ClearanceQueries.items(List.of(stat, typedPlain), Map.of(ubl.ref().id(), ubl),
                org.tradedesk.tariff.Jurisdiction.AU);
        assertThat(au).hasSize(1);
        assertThat(texts.render(au.get(0), java.util.Locale.ENGLISH)).endsWith(", lines 1, 2: tariff code 2203.99.99/32 is not in the tariff.");
    }

    /**
     * T4 acceptance review (t4fixT 1): the client mail asked the client to "Build the declaration again" and "Lodge an
     * amendment built from the current invoices" — our work. Those findings stay on the file's page, not in the mail; what
     * the client can give (a missing document) is asked. The lodged-differs finding names its amounts with the currency.
     */
    @Test
    void findingsWhoseRemedyIsOursAreNotAskedOfTheClient() {
        CheckedFile.Document ubl = new CheckedFile.Document(5, "COMMERCIAL_INVOICE", invoice());
        Finding rebuild = new Finding(Finding.Severity.ERROR, "invoice.declared", List.of(ubl.ref()), List.of(),
                MessageText.of("clearance.finding.invoice-not-in-draft", Arg.literal("INV-7")), "reg");
        Finding corrected = new Finding(Finding.Severity.ERROR, "invoice.declared", List.of(ubl.ref()), List.of(),
                MessageText.of("clearance.finding.invoice-corrected-after-draft", Arg.literal("INV-7")), "reg");
        Finding missing = new Finding(Finding.Severity.WARNING, "doc.packing-list", List.of(), List.of(),
                MessageText.of("clearance.finding.document-missing", Arg.code("clearance.document.type.PACKING_LIST")), "reg");
        Finding amended = new Finding(Finding.Severity.ERROR, "invoice.lodged", List.of(ubl.ref()), List.of("lines[0].amount"),
                        MessageText.of("clearance.finding.invoice-lodged-differs", Arg.literal("INV-7"), Arg.number(1), Arg.number(1),
                                Arg.code("clearance.invoice.field.amount"), Arg.money(new java.math.BigDecimal("7700"), "AUD"),
                                Arg.money(new java.math.BigDecimal("8000"), "AUD")), "reg");
        List<Finding> findings = List.of(rebuild, corrected, missing, amended);
        List<MessageText> items = ClearanceQueries.items(findings, Map.of(ubl.ref().id(), ubl), org.tradedesk.tariff.Jurisdiction.AU);
        assertThat(items).extracting(MessageText::code).containsExactly("clearance.finding.document-missing");
        assertThat(findings).filteredOn(ClearanceQueries::askable).containsExactly(missing);
    }

    /**
     * t4fixW: the client mail said 「TWD 12,000.00」 and 「相差 TWD 1.00」: Taiwan's dollars have no minor unit in practice;
     * a whole TWD amount is said whole in the mail, in both languages, as the tax documents print it.
     */
    @Test
    void aTaiwanDollarAmountInTheMailIsWhole() throws Exception {
        org.tradedesk.clearance.domain.DocumentChecks rules;
        try (java.io.InputStream in = ClearanceQueryItemsTest.class.getResourceAsStream("/clearance/checks.tsv")) {
            rules = org.tradedesk.clearance.domain.DocumentChecks.read(in);
        }
        BigDecimal first = new BigDecimal("6000.00");
        BigDecimal second = new BigDecimal("4000.00");
        BigDecimal total = new BigDecimal("12000.00");
        List<CapturedLine> lines = List.of(
                new CapturedLine(1, "Oolong tea", "0902.30", "TW", new BigDecimal("100"), "KGM", null, new BigDecimal("100"), null, first, null, null, null),
                new CapturedLine(2, "Green tea", "0902.10", "TW", new BigDecimal("50"), "KGM", null, new BigDecimal("50"), null, second, null, null, null));
        CapturedInvoice twd = new CapturedInvoice("UBL", false, "INV-T1", LocalDate.of(2026, 2, 10), "TWD", "Seller", "JP", "寶島食品", "TW",
                "CIF", "Kaohsiung", total, null, null, lines);
        CheckedFile.Document doc = new CheckedFile.Document(5, "COMMERCIAL_INVOICE", twd);
        List<Finding> findings = rules.check(new CheckedFile("TW", "IMPORT", "SEA", "CIF", LocalDate.of(2026, 3, 2), List.of(doc)),
                (j, code, date) -> org.tradedesk.clearance.domain.TariffValidity.Answer.CURRENT);
        List<MessageText> items = ClearanceQueries.items(findings, Map.of(doc.ref().id(), doc), org.tradedesk.tariff.Jurisdiction.AU);
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        org.tradedesk.platform.MessageTexts texts = new org.tradedesk.platform.MessageTexts(bundles,
                new org.tradedesk.platform.Formats(java.time.Clock.systemUTC()));
        String sum = String.format(java.util.Locale.ROOT, "%,d", first.add(second).intValueExact());
        String stated = String.format(java.util.Locale.ROOT, "%,d", total.intValueExact());
        String zh = String.join("\n", items.stream().map(m -> texts.render(m, java.util.Locale.TRADITIONAL_CHINESE)).toList());
        String en = String.join("\n", items.stream().map(m -> texts.render(m, java.util.Locale.ENGLISH)).toList());
        assertThat(zh).contains("TWD " + stated, "TWD " + sum).doesNotContain(stated + ".00").doesNotContain(sum + ".00");
        assertThat(en).contains("TWD " + stated, "TWD " + sum).doesNotContain(stated + ".00").doesNotContain(sum + ".00");
    }

    /**
     * t4fixAF 2: a credit line's entry in the mail said 「第 20 項金額為負數…」 without its invoice; it names the invoice (by
     * its number) in both languages, as a line's other problems do.
     */
    @Test
    void aCreditLineNamesItsInvoice() {
        CheckedFile.Document ubl = new CheckedFile.Document(5, "COMMERCIAL_INVOICE", invoice());
        Finding credit = new Finding(Finding.Severity.WARNING, "cross.value", List.of(ubl.ref()), List.of("lines[1].amount"),
                MessageText.of("clearance.finding.credit-line", Arg.number(2), Arg.money(new BigDecimal("-109.98"), "AUD")), "reg");
        List<MessageText> items = ClearanceQueries.items(List.of(credit), Map.of(ubl.ref().id(), ubl), org.tradedesk.tariff.Jurisdiction.AU);
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        org.tradedesk.platform.MessageTexts texts = new org.tradedesk.platform.MessageTexts(bundles,
                new org.tradedesk.platform.Formats(java.time.Clock.systemUTC()));
        assertThat(items).hasSize(1);
        assertThat(texts.render(items.get(0), java.util.Locale.ENGLISH)).startsWith("Commercial invoice INV-7")
                .contains(", line 2: the amount is negative (AUD -109.98)");
        assertThat(texts.render(items.get(0), java.util.Locale.TRADITIONAL_CHINESE)).startsWith("商業發票 INV-7")
                .contains("第 2 項金額為負數（AUD -109.98）");
    }
}
