package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.domain.CheckedFile.Document;
import org.tradedesk.clearance.domain.Finding.Severity;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.shared.MessageText.Arg;

/** The document checks read from the product's own {@code clearance/checks.tsv}, on invoices built here. */
class DocumentChecksTest {

    static DocumentChecks checks;
    static final LocalDate ARRIVAL = LocalDate.of(2026, 3, 2);
    /** Every code is in force, except 2204.21 which the fake tariff does not know. */
    static final TariffValidity TARIFF = (j, code, date) -> code.startsWith("220421") ? TariffValidity.Answer.UNKNOWN
            : TariffValidity.Answer.CURRENT;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = DocumentChecks.class.getResourceAsStream("/clearance/checks.tsv")) {
            checks = DocumentChecks.read(in);
        }
    }

    static CapturedLine line(int n, String code, String origin, String qty, String amount, String un) {
        return new CapturedLine(n, "Shiraz wine", code, origin, qty == null ? null : new BigDecimal(qty), "LTR", null, null, null,
                amount == null ? null : new BigDecimal(amount), un, un == null ? null : "3", un == null ? null : "II");
    }

    static CapturedInvoice invoice(String number, String currency, String incoterm, String total, List<CapturedLine> lines) {
        return new CapturedInvoice("MANUAL", false, number, LocalDate.of(2026, 2, 10), currency, "Barossa Valley Wines", "AU",
                "寶島食品", "TW", incoterm, "Kaohsiung", total == null ? null : new BigDecimal(total), null, null, lines);
    }

    static List<Document> complete(CapturedInvoice inv) {
        List<Document> docs = new ArrayList<>();
        docs.add(new Document(1, "COMMERCIAL_INVOICE", inv));
        docs.add(new Document(2, "PACKING_LIST", null));
        docs.add(new Document(3, "BILL_OF_LADING", null));
        return docs;
    }

    static List<Finding> run(String mode, List<Document> docs) {
        return checks.check(new CheckedFile("TW", "IMPORT", mode, "CIF", ARRIVAL, docs), TARIFF);
    }

    @Test
    void aCompleteConsistentFilePassesEveryCheck() {
        CapturedInvoice inv = invoice("INV-1", "AUD", "CIF", "1200.00",
                List.of(line(1, "22042990", "AU", "600", "1000.00", null), line(2, "22030000", "AU", "100", "200.00", null)));
        assertThat(run("SEA", complete(inv))).isEmpty();
    }

    @Test
    void requiredDocumentsFollowTheModeAndTheGoods() {
        CapturedInvoice inv = invoice("INV-1", "AUD", "CIF", "1000", List.of(line(1, "22042990", "FR", "600", "1000", "1993")));
        List<Finding> air = run("AIR", List.of(new Document(1, "COMMERCIAL_INVOICE", inv)));
        assertThat(air).extracting(Finding::rule)
                .containsExactly("doc.packing-list", "doc.air-waybill", "doc.dg");
        assertThat(air.get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(air.get(1).message().code()).isEqualTo("clearance.finding.document-missing");
        assertThat(air.get(1).regulation()).isEqualTo("law:tw.customs-17-automation"); // 關稅法 第17條 (t4fixT 5: a message code)
        assertThat(run("SEA", List.of(new Document(1, "COMMERCIAL_INVOICE", inv)))).extracting(Finding::rule)
                .contains("doc.bill-of-lading").doesNotContain("doc.air-waybill");
        assertThat(run("SEA", List.of())).extracting(Finding::rule).contains("doc.invoice");
    }

    @Test
    void missingFieldsAreNamedWithTheirLine() {
        CapturedInvoice inv = invoice(null, "AUD", null, null, List.of(line(1, null, "AU", null, "10", null)));
        List<Finding> f = run("SEA", complete(inv));
        assertThat(f).extracting(Finding::rule)
                .containsExactly("field.invoice-number", "field.incoterm", "field.tariff-code", "field.quantity");
        assertThat(f.get(2).fields()).containsExactly("lines[0].tariffCode"); // 0-based as the JSON's lines[], the text says line 1
        assertThat(f.get(2).documents().stream().map(FindingDocument::label).toList()).containsExactly("COMMERCIAL_INVOICE#1");
    }

    @Test
    void incotermCurrencyAndTotalMustAgree() {
        // 1000 + 200 = 1200; 1210 is 0.83% off (tolerance 0.5%), 1205 is 0.41% off
        CapturedInvoice off = invoice("INV-1", "AUD", "FOB", "1210.00",
                List.of(line(1, "22042990", "AU", "600", "1000.00", null), line(2, "22030000", "AU", "100", "200.00", null)));
        List<Document> docs = complete(off);
        docs.add(new Document(4, "COMMERCIAL_INVOICE", invoice("INV-2", "USD", "CIF", "5", List.of(line(1, "22030000", "AU", "1", "5", null)))));
        List<Finding> f = run("SEA", docs);
        // issue 8: both invoices are declared in one declaration, which carries one currency and one valuation basis: AUD and
        // USD, FOB and CIF cannot be declared together — ERRORs naming both invoices (no draft yet: nothing left out of one)
        assertThat(f).extracting(Finding::rule).containsExactly("consistency.incoterm", "consistency.currency",
                "consistency.invoice-incoterms", "consistency.total");
        assertThat(f.get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(1).documents().stream().map(FindingDocument::label).toList()).containsExactly("COMMERCIAL_INVOICE#1", "COMMERCIAL_INVOICE#4");
        assertThat(f.get(1).message().code()).isEqualTo("clearance.finding.invoice-currencies-differ");
        assertThat(f.get(1).message().args().get(1).value()).isEqualTo("AUD, USD");
        assertThat(f.get(2).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(2).documents().stream().map(FindingDocument::label).toList()).containsExactly("COMMERCIAL_INVOICE#1", "COMMERCIAL_INVOICE#4");
        assertThat(f.get(2).message().code()).isEqualTo("clearance.finding.invoice-incoterms-differ");
        // a copy of INV-2 in USD (the duplicate check's) is not declared, so the currencies of what is declared agree
        List<Document> withCopy = complete(invoice("INV-1", "AUD", "CIF", "1200.00",
                List.of(line(1, "22042990", "AU", "600", "1000.00", null), line(2, "22030000", "AU", "100", "200.00", null))));
        withCopy.add(new Document(4, "COMMERCIAL_INVOICE", invoice("INV-1", "USD", "CIF", "1200.00",
                List.of(line(1, "22042990", "AU", "600", "1000.00", null)))));
        assertThat(run("SEA", withCopy)).extracting(Finding::rule).containsExactly("consistency.total", "duplicate.invoice-in-file");
        CapturedInvoice within = invoice("INV-1", "AUD", "CIF", "1205.00",
                List.of(line(1, "22042990", "AU", "600", "1000.00", null), line(2, "22030000", "AU", "100", "200.00", null)));
        assertThat(run("SEA", complete(within))).isEmpty();
    }

    @Test
    void tariffCodeAndOriginMustBeValid() {
        CapturedInvoice inv = invoice("INV-1", "AUD", "CIF", "30",
                List.of(line(1, "22042100", "AU", "1", "10", null), line(2, "22030000", "XX", "1", "20", null)));
        List<Finding> f = run("SEA", complete(inv));
        assertThat(f).extracting(Finding::rule).contains("validity.tariff-code", "validity.origin");
        Finding tariff = f.stream().filter(x -> x.rule().equals("validity.tariff-code")).findFirst().orElseThrow();
        assertThat(tariff.fields()).containsExactly("lines[0].tariffCode");
        assertThat(tariff.message().code()).isEqualTo("clearance.finding.tariff-unknown");
        // review r-t4c F5: the finding names the invoice (as the other findings do), not only the code and line
        assertThat(tariff.message().args()).hasSize(5);
        assertThat(tariff.message().args().get(4).message().code()).startsWith("clearance.document.named");
        // no tariff loaded: reported as not checked, never as passed
        List<Finding> noData = checks.check(new CheckedFile("AU", "IMPORT", "SEA", "CIF", ARRIVAL, complete(inv)),
                (j, c, d) -> TariffValidity.Answer.NO_DATA);
        assertThat(noData).filteredOn(x -> x.rule().equals("validity.tariff-code")).hasSize(2)
                .allMatch(x -> x.severity() == Severity.INFO);
    }

    static List<Finding> run(List<Document> docs, boolean preference, List<CheckedFile.OtherInvoice> others) {
        return checks.check(new CheckedFile("TW", "IMPORT", "SEA", "CIF", ARRIVAL, docs, preference, others), TARIFF);
    }

    @Test
    void proofOfOriginIsRequiredOnlyWhenAPreferenceIsClaimed() {
        // French wine sold by an Australian seller: at the general (MFN) rate no certificate of origin is asked for
        CapturedInvoice inv = invoice("INV-1", "AUD", "CIF", "1000", List.of(line(1, "22042990", "FR", "600", "1000", null)));
        assertThat(run(complete(inv), false, List.of())).extracting(Finding::rule).doesNotContain("doc.origin");
        // a preference claimed (e.g. ECFA on the declaration draft) needs the proof, whatever the origin
        CapturedInvoice same = invoice("INV-1", "AUD", "CIF", "1000", List.of(line(1, "22042990", "AU", "600", "1000", null)));
        List<Finding> claimed = run(complete(same), true, List.of());
        assertThat(claimed).extracting(Finding::rule).containsExactly("doc.origin");
        assertThat(claimed.get(0).message().args()).extracting(a -> a.value()).containsExactly("clearance.document.type.CERTIFICATE_OF_ORIGIN");
        List<Document> withProof = complete(same);
        withProof.add(new Document(9, "CERTIFICATE_OF_ORIGIN", null));
        assertThat(run(withProof, true, List.of())).isEmpty();
    }

    @Test
    void theSameInvoiceTwiceOnTheFileIsADoubleDeclarationRisk() {
        List<CapturedLine> lines = List.of(line(1, "22042990", "AU", "600", "1000.00", null));
        // uploaded as XML, then typed again by hand: the number differs in spaces and case, the seller in case
        CapturedInvoice uploaded = invoice("INV-2026-014", "AUD", "CIF", "1000.00", lines);
        CapturedInvoice typed = new CapturedInvoice("MANUAL", false, "inv 2026 014", LocalDate.of(2026, 2, 10), "AUD",
                "BAROSSA VALLEY  WINES", "AU", "寶島食品", "TW", "CIF", "Kaohsiung", new BigDecimal("1000.00"), null, null, lines);
        List<Document> docs = complete(uploaded);
        docs.add(new Document(7, "COMMERCIAL_INVOICE", typed));
        List<Finding> f = run(docs, false, List.of());
        assertThat(f).extracting(Finding::rule).containsExactly("duplicate.invoice-in-file");
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(0).documents().stream().map(FindingDocument::label).toList()).containsExactly("COMMERCIAL_INVOICE#1", "COMMERCIAL_INVOICE#7");
        assertThat(f.get(0).message().code()).isEqualTo("clearance.finding.invoice-twice");
        assertThat(f.get(0).regulation()).isEqualTo("law:tw.customs-17-smuggling-37"); // 關稅法 第17條；海關緝私條例 第37條
        // the same number from another seller is another invoice
        CapturedInvoice other = new CapturedInvoice("MANUAL", false, "INV-2026-014", LocalDate.of(2026, 2, 10), "AUD",
                "Yarra Estate", "AU", "寶島食品", "TW", "CIF", "Kaohsiung", new BigDecimal("1000.00"), null, null, lines);
        List<Document> two = complete(uploaded);
        two.add(new Document(7, "COMMERCIAL_INVOICE", other));
        // issue 8: being another invoice, it is declared with the first in one declaration: nothing is left out
        assertThat(run(two, false, List.of())).isEmpty();
        // a declaration drafted before it was added was built from document 1 only: that draft leaves its goods out (an ERROR
        // since read-b R2: lodging it would declare the shipment short; a new draft covers it)
        List<Finding> twoFindings = checks.check(new CheckedFile("TW", "IMPORT", "SEA", "CIF", ARRIVAL, two, null, null, false, List.of(),
                java.util.Set.of(1L, 2L, 3L)), TARIFF);
        assertThat(twoFindings).extracting(Finding::rule).containsExactly("invoice.declared");
        assertThat(twoFindings).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(twoFindings.get(0).documents().stream().map(FindingDocument::label).toList()).containsExactly("COMMERCIAL_INVOICE#7");
        assertThat(twoFindings.get(0).message().code()).isEqualTo("clearance.finding.invoice-not-in-draft");
        // the copy of the first invoice is not declared twice, and so not named as left out of that draft either
        assertThat(checks.check(new CheckedFile("TW", "IMPORT", "SEA", "CIF", ARRIVAL, docs, null, null, false, List.of(),
                java.util.Set.of(1L, 2L, 3L)), TARIFF)).extracting(Finding::rule).containsExactly("duplicate.invoice-in-file");
        // an identical checksum is the same invoice even when nothing was captured of one of them
        List<Document> files = complete(uploaded);
        files.set(0, new Document(1, "COMMERCIAL_INVOICE", uploaded, null, "inv.xml", "ab12"));
        files.add(new Document(8, "COMMERCIAL_INVOICE", null, null, "inv-copy.xml", "AB12"));
        List<Finding> byChecksum = run(files, false, List.of());
        assertThat(byChecksum).extracting(Finding::rule).containsExactly("duplicate.invoice-in-file");
        assertThat(byChecksum.get(0).message().code()).isEqualTo("clearance.finding.invoice-twice-file");
    }

    @Test
    void anInvoiceAlreadyOnAnotherOpenFileOfTheClientIsFound() {
        CapturedInvoice inv = invoice("INV-2026-014", "AUD", "CIF", "1000.00", List.of(line(1, "22042990", "AU", "600", "1000.00", null)));
        List<CheckedFile.OtherInvoice> others = List.of(new CheckedFile.OtherInvoice("R-T4-TW-3", "INV-2026-014", "Barossa Valley Wines", null),
                new CheckedFile.OtherInvoice("R-T4-TW-5", "INV-2026-099", "Barossa Valley Wines", null),
                new CheckedFile.OtherInvoice("R-T4-TW-4", "X", "Other", "cafe"));
        List<Document> docs = complete(inv);
        docs.set(0, new Document(1, "COMMERCIAL_INVOICE", inv, null, "inv.pdf", "CAFE"));
        List<Finding> f = run(docs, false, others);
        assertThat(f).extracting(Finding::rule).containsExactly("duplicate.invoice-other-file");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(f.get(0).message().code()).isEqualTo("clearance.finding.invoice-elsewhere-many");
        // by number and seller (R-T4-TW-3) and by checksum (R-T4-TW-4), not the seller's other invoice
        assertThat(f.get(0).message().args().get(1).value()).isEqualTo("R-T4-TW-3, R-T4-TW-4");
        assertThat(run(complete(inv), false, others.subList(1, 2))).isEmpty();
        assertThat(run(complete(inv), false, others.subList(0, 1)).get(0).message().code()).isEqualTo("clearance.finding.invoice-elsewhere");
    }

    /**
     * Acceptance review F4, the "dates in order" rules of checks.tsv: an invoice dated after the file's today is an ERROR,
     * one dated after the B/L (or, without one, the arrival) a WARNING; an import declaration more than 30 days before the
     * arrival a WARNING, one 2 days before it (pre-arrival lodgement) nothing; an export is not held to the arrival.
     */
    @Test
    void datesAreInOrder() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        CapturedInvoice inv = invoice("INV-F", "AUD", "CIF", "1200.00",
                List.of(line(1, "22042990", "AU", "600", "1000.00", null), line(2, "22030000", "AU", "100", "200.00", null)));
        CapturedInvoice future = new CapturedInvoice("UBL", false, "INV-F", LocalDate.of(2029, 1, 9), "AUD", "Barossa Valley Wines", "AU",
                "寶島食品", "TW", "CIF", "Kaohsiung", new BigDecimal("1200.00"), null, null, inv.lines());
        List<Document> docs = new ArrayList<>(complete(future));
        docs.set(2, new Document(3, "BILL_OF_LADING", null, LocalDate.of(2026, 2, 20), "bl.pdf"));
        List<Finding> found = checks.check(new CheckedFile("TW", "IMPORT", "SEA", "CIF", ARRIVAL, docs, null, today), TARIFF);
        assertThat(found).extracting(Finding::rule, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dates.invoice-future", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("dates.invoice-transport", Severity.WARNING));
        assertThat(found.get(1).message().args()).extracting(Arg::value).contains("2029-01-09", "2026-02-20");
        // dated on the B/L day and before today: nothing
        CapturedInvoice onTime = new CapturedInvoice("UBL", false, "INV-G", LocalDate.of(2026, 2, 20), "AUD", "Barossa Valley Wines", "AU",
                "寶島食品", "TW", "CIF", "Kaohsiung", new BigDecimal("1200.00"), null, null, inv.lines());
        docs.set(0, new Document(1, "COMMERCIAL_INVOICE", onTime));
        assertThat(checks.check(new CheckedFile("TW", "IMPORT", "SEA", "CIF", ARRIVAL, docs, null, today), TARIFF)).isEmpty();
        // the declaration 31 days before the arrival: a warning on the file's declaration date; 30 days: none; an export: none
        assertThat(checks.check(new CheckedFile("TW", "IMPORT", "SEA", "CIF", ARRIVAL, docs, ARRIVAL.minusDays(31), today), TARIFF))
                .extracting(Finding::rule, f -> f.fields().get(0), Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dates.declaration-arrival", "declarationDate", Severity.WARNING));
        assertThat(checks.check(new CheckedFile("TW", "IMPORT", "SEA", "CIF", ARRIVAL, docs, ARRIVAL.minusDays(30), today), TARIFF)).isEmpty();
        assertThat(checks.check(new CheckedFile("TW", "EXPORT", "SEA", "CIF", ARRIVAL, docs, ARRIVAL.minusDays(300), today), TARIFF)).isEmpty();
    }

    /** A DATES_IN_ORDER rule whose param is not left<=right[+days] stops the start-up naming the rule. */
    @Test
    void aDateRuleThatCannotBeReadStopsTheStartUp() {
        String tsv = "jurisdiction\trule\tkind\twhen\tparam\tseverity\tregulation\nTW\tdates.x\tDATES_IN_ORDER\t*\tinvoice<today\tERROR\tx\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentChecks.read(new java.io.ByteArrayInputStream(
                tsv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).hasMessageContaining("dates.x");
    }

    /**
     * F13 (T4 acceptance review): 「商業發票 12115118（2015/01/09）與商業發票 12115118（2015/01/09）為同一份發票」 — the two names were
     * identical; each copy is named by its number in the file, how it was read and its file name.
     */
    @Test
    void theTwoCopiesOfADuplicateInvoiceAreToldApart() {
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        org.tradedesk.platform.MessageTexts texts = new org.tradedesk.platform.MessageTexts(bundles,
                new org.tradedesk.platform.Formats(java.time.Clock.systemUTC()));
        List<CapturedLine> lines = List.of(line(1, "22042990", "AU", "600", "1000.00", null));
        CapturedInvoice ubl = new CapturedInvoice("UBL", false, "12115118", LocalDate.of(2015, 1, 9), "AUD", "Barossa Valley Wines",
                "AU", "寶島食品", "TW", "CIF", "Kaohsiung", new BigDecimal("1000.00"), null, null, lines);
        CapturedInvoice edi = new CapturedInvoice("EDIFACT_INVOIC_D96A", false, "12115118", LocalDate.of(2015, 1, 9), "AUD",
                "Barossa Valley Wines", "AU", "寶島食品", "TW", "CIF", "Kaohsiung", new BigDecimal("1000.00"), null, null, lines);
        List<Document> docs = complete(ubl);
        // ids 4 and 9 are the database's; the copies are told apart by their place in the file (issue 8: never the id)
        docs.set(0, new Document(4, "COMMERCIAL_INVOICE", ubl, null, "12115118.xml", "aa", 1));
        docs.add(new Document(9, "COMMERCIAL_INVOICE", edi, null, "12115118.edi", "bb", 3));
        List<Finding> f = run("SEA", docs);
        assertThat(f).extracting(Finding::rule).containsExactly("duplicate.invoice-in-file");
        String zh = texts.render(f.get(0).message(), java.util.Locale.TRADITIONAL_CHINESE);
        assertThat(zh).isEqualTo("商業發票 12115118（2015/01/09）（案件第 3 份文件，UN/EDIFACT INVOIC D96A，檔案 12115118.edi）與"
                + "商業發票 12115118（2015/01/09）（案件第 1 份文件，UBL 2.1 發票（XML），檔案 12115118.xml）為同一份發票（號碼及賣方相同）："
                + "若兩份都申報，貨物將重複計算及課稅。請保留一份，刪除另一份。");
        String en = texts.render(f.get(0).message(), java.util.Locale.ENGLISH);
        assertThat(en).contains("(3rd document of the file, UN/EDIFACT INVOIC D96A, file 12115118.edi)")
                .contains("(1st document of the file, UBL 2.1 invoice (XML), file 12115118.xml)")
                .doesNotContain("document 4", "document 9");
    }

    /**
     * F6 (T4 acceptance review): a PDF invoice pre-filled with no lines and no total raised no finding, and the declaration
     * declared only the other invoice — USD 4,250 of goods silently undeclared.
     */
    @Test
    void anUnconfirmedInvoiceWithoutLinesAndAnInvoiceTheDeclarationLeavesOutAreErrors() {
        List<CapturedLine> lines = List.of(line(1, "22042990", "AU", "600", "1000.00", null), line(2, "22030000", "AU", "100", "2000.00", null));
        CapturedInvoice ubl = new CapturedInvoice("UBL", false, "INV-1", LocalDate.of(2026, 2, 10), "USD", "Barossa Valley Wines", "AU",
                "寶島食品", "TW", "CIF", "Sydney", new BigDecimal("3000.00"), null, null, lines);
        CapturedInvoice pdf = new CapturedInvoice("PDF_TEXT", true, "PDF-2026-55", null, "USD", null, null, null, null, null, null,
                null, null, null, List.of());
        List<Document> docs = complete(ubl);
        docs.add(new Document(9, "COMMERCIAL_INVOICE", pdf, null, "invoice.pdf", "cc"));
        List<Finding> f = checks.check(new CheckedFile("AU", "IMPORT", "SEA", "CIF", ARRIVAL, docs), TARIFF).stream()
                .filter(x -> x.rule().startsWith("invoice.")).toList();
        assertThat(f).extracting(Finding::rule).containsExactly("invoice.lines", "invoice.confirmed");
        assertThat(f).allSatisfy(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.documents().stream().map(FindingDocument::label).toList()).containsExactly("COMMERCIAL_INVOICE#9");
            // held as a law code with both languages' texts (t4fixX): Customs Act 1901 s 71A, 71C
            assertThat(x.regulation()).isEqualTo("law:au.customs-71a-71c");
        });
        assertThat(f.get(0).message().code()).isEqualTo("clearance.finding.invoice-no-lines");

        // its line read but not confirmed: not declared (the ERROR above names it), and not named as left out of a draft either
        CapturedInvoice read = new CapturedInvoice("PDF_TEXT", true, "PDF-2026-55", LocalDate.of(2026, 2, 11), "USD",
                "Shenzhen Lamps", "CN", "寶島食品", "TW", "CIF", "Sydney", new BigDecimal("4250.00"), null, null,
                List.of(line(1, "85395200", "CN", "500", "4250.00", null)));
        java.util.List<String> noFiles = java.util.Arrays.asList(null, null);
        assertThat(DocumentChecks.declaredInvoices(List.of(ubl, read), noFiles)).containsExactly(0);
        docs.set(3, new Document(9, "COMMERCIAL_INVOICE", read, null, "invoice.pdf", "cc"));
        assertThat(checks.check(new CheckedFile("AU", "IMPORT", "SEA", "CIF", ARRIVAL, docs, null, null, false, List.of(),
                java.util.Set.of(1L)), TARIFF).stream().filter(x -> x.rule().startsWith("invoice.")))
                .extracting(Finding::rule).containsExactly("invoice.confirmed");
        // typed and confirmed: both invoices are declared, in one declaration (issue 8)
        CapturedInvoice typed = new CapturedInvoice("MANUAL", false, "PDF-2026-55", LocalDate.of(2026, 2, 11), "USD",
                "Shenzhen Lamps", "CN", "寶島食品", "TW", "CIF", "Sydney", new BigDecimal("4250.00"), null, null,
                List.of(line(1, "85395200", "CN", "500", "4250.00", null)));
        docs.set(3, new Document(9, "COMMERCIAL_INVOICE", typed, null, "invoice.pdf", "cc"));
        assertThat(DocumentChecks.declaredInvoices(List.of(ubl, typed), noFiles)).containsExactly(0, 1);
        assertThat(checks.check(new CheckedFile("AU", "IMPORT", "SEA", "CIF", ARRIVAL, docs), TARIFF).stream()
                .filter(x -> x.rule().startsWith("invoice."))).isEmpty();
        // a draft built before it was typed covers document 1 only: it is left out of that draft
        List<Finding> declared = checks.check(new CheckedFile("AU", "IMPORT", "SEA", "CIF", ARRIVAL, docs, null, null, false, List.of(),
                java.util.Set.of(1L, 2L, 3L)), TARIFF).stream().filter(x -> x.rule().startsWith("invoice.")).toList();
        assertThat(declared).extracting(Finding::rule).containsExactly("invoice.declared");
        assertThat(declared.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(declared.get(0).documents().stream().map(FindingDocument::label).toList()).containsExactly("COMMERCIAL_INVOICE#9");
        assertThat(declared.get(0).message().code()).isEqualTo("clearance.finding.invoice-not-in-draft");

        // a copy of the declared invoice is the duplicate check's, not an undeclared invoice
        List<Document> copy = complete(ubl);
        copy.add(new Document(9, "COMMERCIAL_INVOICE", ubl));
        assertThat(checks.check(new CheckedFile("AU", "IMPORT", "SEA", "CIF", ARRIVAL, copy), TARIFF)).extracting(Finding::rule)
                .contains("duplicate.invoice-in-file").doesNotContain("invoice.declared");
    }
}
