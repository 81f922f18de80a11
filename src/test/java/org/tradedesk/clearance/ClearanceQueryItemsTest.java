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

    private static Finding missing(String doc, int index, String field) {
        return new Finding(Finding.Severity.ERROR, "field." + field, List.of(doc), List.of("lines[" + index + "]." + field),
                MessageText.of("clearance.finding.line-field-missing", Arg.literal(field), Arg.number(index + 1), Arg.literal(doc)), "reg");
    }

    @Test
    void eachMissingItemIsAskedOnceWhenTheSameInvoiceIsInTheFileTwice() {
        CheckedFile.Document ubl = new CheckedFile.Document(5, "COMMERCIAL_INVOICE", invoice());
        CheckedFile.Document edi = new CheckedFile.Document(6, "COMMERCIAL_INVOICE", invoice());
        Finding twice = new Finding(Finding.Severity.ERROR, "unique.invoice", List.of(ubl.label(), edi.label()), List.of("invoiceNumber"),
                MessageText.of("clearance.finding.invoice-twice", Arg.literal("INV-7 (6)"), Arg.literal("INV-7 (5)")), "reg");
        List<Finding> findings = List.of(twice,
                missing(ubl.label(), 0, "tariffCode"), missing(ubl.label(), 1, "tariffCode"), missing(ubl.label(), 0, "originCountry"),
                missing(edi.label(), 0, "tariffCode"), missing(edi.label(), 1, "tariffCode"), missing(edi.label(), 0, "originCountry"));
        List<MessageText> items = ClearanceQueries.items(findings, Map.of(ubl.label(), ubl, edi.label(), edi));
        // the duplicate, then tariff code missing on lines 1 and 2, origin missing on line 1: three entries, not five
        assertThat(items).hasSize(3);
        assertThat(items.get(0).code()).isEqualTo("clearance.finding.invoice-twice");
        assertThat(items.subList(1, 3)).extracting(MessageText::code)
                .containsExactly("clearance.query.item.lines", "clearance.query.item.line");
    }
}
