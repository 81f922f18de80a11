package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.CapturedInvoice;

/**
 * Code read after T4 (t4fixR 3): {@link TransactionView} carried a mutable memo of the declared invoices as a record
 * component ({@code Derived derived}) — a package-private type behind a public accessor, with equals overridden so that the
 * record stayed equal to its contents. The view is the file's value only; what is worked out from it is worked out
 * ({@link DeclarationBuilding#declaredInvoices}).
 */
class TransactionViewValueTest {

    @Test
    void theViewHoldsTheFilesValueOnlyAndEveryPartIsAPublicType() {
        RecordComponent[] parts = TransactionView.class.getRecordComponents();
        assertThat(Arrays.stream(parts).map(RecordComponent::getName)).containsExactly("transaction", "clientName", "documents",
                "deadlines", "retention", "retentionEnded", "nextStatuses", "withdrawnDocuments");
        assertThat(Arrays.stream(parts).map(RecordComponent::getType))
                .allMatch(t -> t.isPrimitive() || Modifier.isPublic(t.getModifiers()));
    }

    /**
     * T4 code read R4: this built invoices without lines and checked that none was declared, which any implementation passed.
     * Invoices with lines now: a copy uploaded twice (the same file, and the same number and seller re-keyed) is declared once,
     * an unconfirmed one waits while a confirmed one is on the file, one without lines and a packing list are no invoice's
     * items — the exact invoices, in the file's order, the same on a second ask of the same view.
     */
    @Test
    void theDeclaredInvoicesAreWorkedOutFromTheDocumentsOfTheView() {
        DocumentView inv7 = invoice(14, "INV-7", "Formosa Trading Co", false, "aa11", 1);
        DocumentView packingList = new DocumentView(18, 0, DocumentType.PACKING_LIST, "pl.csv", "text/csv", 1L, "bb22", "CSV",
                captured("PL-7", "Formosa Trading Co", false, 1), "u", Instant.EPOCH);
        DocumentView sameFileAgain = invoice(22, "INV-7", "Formosa Trading Co", false, "AA11", 1);
        DocumentView rekeyed = invoice(27, "inv 7", "  formosa  trading co ", false, "cc33", 1);
        DocumentView unconfirmed = invoice(31, "INV-8", "Formosa Trading Co", true, "dd44", 2);
        DocumentView inv9 = invoice(40, "INV-9", "Formosa Trading Co", false, "ee55", 3);
        DocumentView noLines = invoice(52, "INV-10", "Formosa Trading Co", false, "ff66", 0);
        TransactionView view = ClearanceNamesTest.file(2, "KHH-0142",
                List.of(inv7, packingList, sameFileAgain, rekeyed, unconfirmed, inv9, noLines));

        assertThat(DeclarationBuilding.declaredInvoices(view)).containsExactly(inv7, inv9);
        assertThat(DeclarationBuilding.declaredInvoices(view)).containsExactly(inv7, inv9);

        // none confirmed yet: every invoice with lines is declared (the invoice.confirmed ERROR blocks lodging), a copy once
        DocumentView unconfirmedCopy = invoice(60, "INV-8", "Formosa Trading Co", true, "dd44", 2);
        DocumentView unconfirmed11 = invoice(61, "INV-11", "Formosa Trading Co", true, "gg77", 1);
        TransactionView toConfirm = ClearanceNamesTest.file(3, "KHH-0143", List.of(unconfirmed, unconfirmedCopy, noLines, unconfirmed11));
        assertThat(DeclarationBuilding.declaredInvoices(toConfirm)).containsExactly(unconfirmed, unconfirmed11);
        assertThat(DeclarationBuilding.declaredInvoices(toConfirm)).containsExactly(unconfirmed, unconfirmed11);
    }

    private static DocumentView invoice(long id, String number, String seller, boolean toConfirm, String sha256, int lines) {
        return new DocumentView(id, 0, DocumentType.COMMERCIAL_INVOICE, "inv-" + id + ".pdf", "application/pdf", 1L, sha256, "MANUAL",
                captured(number, seller, toConfirm, lines), "u", Instant.EPOCH);
    }

    private static CapturedInvoice captured(String number, String seller, boolean toConfirm, int lines) {
        List<CapturedInvoice.CapturedLine> captured = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            captured.add(new CapturedInvoice.CapturedLine(i, "Oolong tea " + i, "0902.30", "TW", new BigDecimal("10"), "KGM", null, null,
                    new BigDecimal("12.50"), new BigDecimal("125.00"), null, null, null));
        }
        return new CapturedInvoice("MANUAL", toConfirm, number, LocalDate.of(2026, 11, 20), "USD", seller, "TW", null, null, null, null,
                new BigDecimal("125.00").multiply(BigDecimal.valueOf(lines)), null, null, captured);
    }
}
