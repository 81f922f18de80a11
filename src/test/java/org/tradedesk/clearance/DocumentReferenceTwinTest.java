package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.shared.MessageText;

/**
 * T4 R10: two copies of one invoice were both "Commercial invoice 12115118" exactly where they must be told apart; a
 * document whose number another document of its kind on the file carries is named with its place too.
 */
class DocumentReferenceTwinTest {

    static DocumentView invoice(long id, String number) {
        CapturedInvoice c = new CapturedInvoice("MANUAL", false, number, LocalDate.of(2026, 11, 20), "USD", null, null, null, null, null,
                null, BigDecimal.TEN, null, null, List.of());
        return new DocumentView(id, 0, DocumentType.COMMERCIAL_INVOICE, "inv.pdf", "application/pdf", 1L, "x", "MANUAL", c, "u",
                Instant.EPOCH);
    }

    @Test
    void aCopyIsNamedWithItsPlaceAndASingleInvoiceByItsNumber() {
        List<DocumentView> docs = List.of(invoice(14, "12115118"), invoice(20, "12115119"), invoice(31, " 12115118 "));
        MessageText first = DocumentReference.named(docs, 14);
        assertThat(first.code()).isEqualTo("clearance.document.named.number-position");
        assertThat(first.args()).extracting(a -> a.value()).contains("12115118");
        assertThat(first.args().get(2).message().args().get(0).value()).isEqualTo("1");
        MessageText copy = DocumentReference.named(docs, 31);
        assertThat(copy.args().get(2).message().args().get(0).value()).isEqualTo("3");
        assertThat(DocumentReference.named(docs, 20).code()).isEqualTo("clearance.document.named.number");
    }
}
