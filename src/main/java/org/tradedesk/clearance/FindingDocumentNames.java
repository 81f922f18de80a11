package org.tradedesk.clearance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.DocumentId;
import org.tradedesk.clearance.domain.DocumentNames;
import org.tradedesk.clearance.domain.FindingDocument;
import org.tradedesk.shared.MessageText;

/**
 * The documents of a finding as every answer names them (issue 8; t4fixX 3: a declaration's {@code fileErrors[].documents}
 * still gave {@code COMMERCIAL_INVOICE#14}): one entry per document — a check comparing the file's invoices together names
 * them as one, each is its own entry here — with its id, its kind, its own number (an invoice's; null when none) and its
 * name as history lines and problem details name it. Built from the typed ids the checks carry; no label is parsed back.
 */
public final class FindingDocumentNames {

    private FindingDocumentNames() {
    }

    /** A document of a finding: id, kind (a {@code DocumentType} name), own number (null when none), name (a message). */
    public record Named(long id, String kind, String number, MessageText name) {
    }

    /**
     * The entries' documents named: on the file ({@code view}, null when not at hand) by their place in it when they have one
     * (two copies of INV-7 by their places, not both "Commercial invoice INV-7"), else as the checks read them
     * ({@code documents}), else — a document the file no longer lists — by its kind.
     */
    public static List<Named> of(List<FindingDocument> entries, Map<DocumentId, CheckedFile.Document> documents, TransactionView view) {
        List<Named> out = new ArrayList<>();
        for (FindingDocument entry : entries) {
            for (FindingDocument.DocumentRef ref : entry.documents()) {
                long id = ref.id().value();
                CheckedFile.Document d = documents.get(ref.id());
                String number = d == null || d.invoice() == null || !"COMMERCIAL_INVOICE".equals(d.type()) || d.invoice().invoiceNumber() == null
                        || d.invoice().invoiceNumber().isBlank() ? null : d.invoice().invoiceNumber().strip();
                MessageText name = view != null && view.positionOf(id) > 0 ? view.documentNamed(id)
                        : d != null ? DocumentNames.reference(d) : DocumentNames.reference(ref.kind(), null, 0);
                out.add(new Named(id, ref.kind(), number, name));
            }
        }
        return out;
    }
}
