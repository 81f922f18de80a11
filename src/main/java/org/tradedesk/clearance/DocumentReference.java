package org.tradedesk.clearance;

import java.util.Comparator;
import java.util.List;
import org.tradedesk.clearance.domain.DocumentNames;
import org.tradedesk.shared.MessageText;

/**
 * A document of a file named as the user knows it, wherever a text names one — problem details, form errors, history
 * lines, findings ({@link DocumentNames#reference}: its kind and its own number, else its file's name and its place in the file). The place
 * counts the file's documents in the order they were added (their ids ascending), withdrawn ones included, so it does
 * not move when a document is withdrawn.
 */
public final class DocumentReference {

    private DocumentReference() {
    }

    /** {@code documentId} among {@code documents} (the file's current and withdrawn documents, in any order). */
    public static MessageText named(List<DocumentView> documents, long documentId) {
        DocumentView d = documents.stream().filter(x -> x.id() == documentId).findFirst().orElse(null);
        if (d == null) {
            return MessageText.of("clearance.document.named.gone");
        }
        int position = positionOf(documents, documentId);
        String number = number(d);
        // two copies of one invoice are named apart by their places (T4 R10: both read "Commercial invoice 12115118")
        if (number != null && documents.stream().anyMatch(x -> x.id() != documentId && x.type() == d.type() && number.equals(number(x)))) {
            return DocumentNames.referenceWithPosition(d.type().name(), d.captured().invoiceNumber(), d.fileName(), position);
        }
        return named(d, position);
    }

    /** The document's own number as compared for a twin (spaces and case aside); null when it has none. */
    private static String number(DocumentView d) {
        String n = d.captured() == null || !d.type().invoice() ? null : d.captured().invoiceNumber();
        return n == null || n.isBlank() ? null : n.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The document at its place in the file. */
    public static MessageText named(DocumentView d, int position) {
        return DocumentNames.reference(d.type().name(), d.captured() == null || !d.type().invoice() ? null : d.captured().invoiceNumber(),
                d.fileName(), position);
    }

    /** 1 for the file's first document; 0 when {@code documentId} is not one of {@code documents}. */
    public static int positionOf(List<DocumentView> documents, long documentId) {
        List<Long> ids = documents.stream().map(DocumentView::id).sorted(Comparator.naturalOrder()).distinct().toList();
        return ids.indexOf(documentId) + 1;
    }
}
