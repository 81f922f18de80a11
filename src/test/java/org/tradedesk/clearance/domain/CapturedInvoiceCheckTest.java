package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.tariff.Jurisdiction;

class CapturedInvoiceCheckTest {

    static CapturedLine line(String tariff, String origin, String un, String dgClass, String group) {
        return new CapturedLine(1, "Paint, flammable", tariff, origin, new BigDecimal("40"), "LTR", new BigDecimal("38"),
                new BigDecimal("42"), new BigDecimal("12.50"), new BigDecimal("500.00"), un, dgClass, group);
    }

    static CapturedInvoice invoice(List<CapturedLine> lines) {
        return new CapturedInvoice("MANUAL", false, "INV-1", LocalDate.of(2026, 3, 1), "USD", "Seller", "US", "Buyer", "TW", "CIF",
                "Kaohsiung", new BigDecimal("500.00"), new BigDecimal("42"), 2, lines);
    }

    @Test
    void aWellFormedInvoiceWithDangerousGoodsPasses() {
        // UN1263 paint, class 3, packing group II (UN Model Regulations, Dangerous Goods List)
        assertThat(CapturedInvoiceCheck.check(Jurisdiction.TW, invoice(List.of(line("3208.20.10.00-6", "US", "UN1263", "3", "II")))))
                .isEmpty();
        assertThat(CapturedInvoiceCheck.check(Jurisdiction.AU, invoice(List.of(line("3208.20.00", "US", "1263", "3", "II")))))
                .isEmpty();
    }

    @Test
    void tariffCodesFollowTheJurisdictionsForm() {
        assertThat(TariffCodeFormat.normalise(Jurisdiction.TW, "8703.23.90.00-1")).isEqualTo("87032390001");
        assertThat(TariffCodeFormat.valid(Jurisdiction.AU, "8703.23.90")).isTrue();
        assertThat(TariffCodeFormat.valid(Jurisdiction.AU, "87032390001")).isFalse(); // 11 digits: a Taiwanese CCC code
        assertThat(TariffCodeFormat.valid(Jurisdiction.TW, "8703")).isFalse();
        assertThat(TariffCodeFormat.valid(Jurisdiction.TW, "87O3.23")).isFalse();
    }

    @Test
    void everyProblemIsNamedAtItsField() {
        List<CaptureProblem> problems = CapturedInvoiceCheck.check(Jurisdiction.AU, new CapturedInvoice("MANUAL", false, null, null,
                "US$", null, "ZZ", null, null, "FOO", null, new BigDecimal("-1"), null, null, List.of(
                        line("87032390001", "US", null, null, null),
                        line("8703.23.90", "QQ", "UN12", "10", "IV"),
                        new CapturedLine(3, " ", null, null, null, null, new BigDecimal("5"), new BigDecimal("4"), null, null, null, null, null))));
        assertThat(problems).extracting(CaptureProblem::field).containsExactly(
                "currency", "incoterm", "sellerCountry", "totalAmount",
                "lines[0].tariffCode",
                "lines[1].originCountry", "lines[1].unNumber", "lines[1].dangerousGoodsClass", "lines[1].packingGroup",
                "lines[2].description", "lines[2].netMassKg");
        assertThat(problems.get(4).reason().code()).isEqualTo("clearance.capture.tariff-code.au");
    }

    @Test
    void anInvoiceNeedsALine() {
        assertThat(CapturedInvoiceCheck.check(Jurisdiction.TW, invoice(List.of()))).extracting(CaptureProblem::field)
                .containsExactly("lines");
    }

    /**
     * Acceptance review F4/F13: an invoice date after the file's today is refused at issueDate (the invoice of 1 Mar 2026
     * is fine on 7 Dec 2026, and on its own day; not on the day before); XXX, XTS and gold are not the currency of an invoice.
     */
    @Test
    void anInvoiceIsNotDatedInTheFutureNorInACodeThatIsNotMoney() {
        CapturedInvoice inv = invoice(List.of(line("3208.20.10.00-6", "US", null, null, null)));
        assertThat(CapturedInvoiceCheck.check(Jurisdiction.TW, inv, LocalDate.of(2026, 12, 7))).isEmpty();
        assertThat(CapturedInvoiceCheck.check(Jurisdiction.TW, inv, LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(CapturedInvoiceCheck.check(Jurisdiction.TW, inv, LocalDate.of(2026, 2, 28)))
                .extracting(CaptureProblem::field).containsExactly("issueDate");
        for (String code : new String[] {"XXX", "xts", "XAU"}) {
            CapturedInvoice metal = new CapturedInvoice("MANUAL", false, "INV-1", LocalDate.of(2026, 3, 1), code, "Seller", "US", "Buyer",
                    "TW", "CIF", "Kaohsiung", new BigDecimal("500.00"), null, null, inv.lines());
            assertThat(CapturedInvoiceCheck.check(Jurisdiction.TW, metal)).extracting(p -> p.field() + " " + p.reason().code())
                    .containsExactly("currency clearance.money.not-a-currency");
        }
        // a currency whose code starts with X is still money (CFA franc)
        CapturedInvoice cfa = new CapturedInvoice("MANUAL", false, "INV-1", LocalDate.of(2026, 3, 1), "XOF", "Seller", "US", "Buyer",
                "TW", "CIF", "Kaohsiung", new BigDecimal("500.00"), null, null, inv.lines());
        assertThat(CapturedInvoiceCheck.check(Jurisdiction.TW, cfa)).isEmpty();
    }

    /** t4fixZ2: a UN number without its class was refused as 「不是危險品類別：null」; now the class is required, at its field. */
    @Test
    void aUnNumberWithoutItsClassAsksForTheClass() {
        List<CaptureProblem> problems = CapturedInvoiceCheck.check(Jurisdiction.TW,
                invoice(List.of(line("3208.20.10.00-6", "US", "UN1263", null, null))));
        assertThat(problems).extracting(p -> p.field() + " " + p.reason().code())
                .containsExactly("lines[0].dangerousGoodsClass clearance.capture.dg-class-required");
        assertThat(problems.get(0).reason().args()).isEmpty();
        assertThat(CapturedInvoiceCheck.check(Jurisdiction.TW, invoice(List.of(line("3208.20.10.00-6", "US", null, "3", null)))))
                .extracting(p -> p.field() + " " + p.reason().code())
                .containsExactly("lines[0].unNumber clearance.capture.un-number-required");
    }

    /** t4fixZ2: the dispute form asked for the code GENERAL; the words a reader is shown for it are the general rate too. */
    @Test
    void theGeneralRateIsTheCodeOrItsWords() {
        assertThat(SchemeLabels.isGeneral("GENERAL")).isTrue();
        assertThat(SchemeLabels.isGeneral(" general rate ")).isTrue();
        assertThat(SchemeLabels.isGeneral("一般稅率")).isTrue();
        assertThat(SchemeLabels.isGeneral("ECFA")).isFalse();
        assertThat(SchemeLabels.isGeneral(null)).isFalse();
    }
}
