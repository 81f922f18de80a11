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
        assertThat(air.get(1).regulation()).contains("關稅法");
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
        assertThat(f.get(2).documents()).containsExactly("COMMERCIAL_INVOICE#1");
    }

    @Test
    void incotermCurrencyAndTotalMustAgree() {
        // 1000 + 200 = 1200; 1210 is 0.83% off (tolerance 0.5%), 1205 is 0.41% off
        CapturedInvoice off = invoice("INV-1", "AUD", "FOB", "1210.00",
                List.of(line(1, "22042990", "AU", "600", "1000.00", null), line(2, "22030000", "AU", "100", "200.00", null)));
        List<Document> docs = complete(off);
        docs.add(new Document(4, "COMMERCIAL_INVOICE", invoice("INV-2", "USD", "CIF", "5", List.of(line(1, "22030000", "AU", "1", "5", null)))));
        List<Finding> f = run("SEA", docs);
        assertThat(f).extracting(Finding::rule)
                .containsExactly("consistency.incoterm", "consistency.currency", "consistency.total");
        assertThat(f.get(1).message().args()).extracting(a -> a.value()).containsExactly("AUD, USD");
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
        assertThat(f.get(0).documents()).containsExactly("COMMERCIAL_INVOICE#1", "COMMERCIAL_INVOICE#7");
        assertThat(f.get(0).message().code()).isEqualTo("clearance.finding.invoice-twice");
        assertThat(f.get(0).regulation()).contains("關稅法");
        // the same number from another seller is another invoice
        CapturedInvoice other = new CapturedInvoice("MANUAL", false, "INV-2026-014", LocalDate.of(2026, 2, 10), "AUD",
                "Yarra Estate", "AU", "寶島食品", "TW", "CIF", "Kaohsiung", new BigDecimal("1000.00"), null, null, lines);
        List<Document> two = complete(uploaded);
        two.add(new Document(7, "COMMERCIAL_INVOICE", other));
        assertThat(run(two, false, List.of())).isEmpty();
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
}
