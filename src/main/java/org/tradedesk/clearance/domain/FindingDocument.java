package org.tradedesk.clearance.domain;

import java.util.List;

/**
 * One entry of a {@link Finding}'s documents, as the checks name it with typed ids (code read after T4: the findings carried
 * {@code COMMERCIAL_INVOICE#14} strings that the API parsed back by a pattern): one document ({@link DocumentRef}), or the
 * file's declared invoices compared together as one side of a comparison ({@link Together}). {@link #label()} is what the
 * finding's key writes ({@code COMMERCIAL_INVOICE#1, COMMERCIAL_INVOICE#2}): the keys issues keep stay as they were. A label
 * is written, never read back.
 */
public sealed interface FindingDocument permits FindingDocument.DocumentRef, FindingDocument.Together {

    /** The declared invoices compared together: one of them as itself, several {@link Together}. */
    static FindingDocument together(List<DocumentRef> documents) {
        return documents.size() == 1 ? documents.get(0) : new Together(documents);
    }

    /** The documents of this entry, in the order the check named them. */
    List<DocumentRef> documents();

    /** As the finding's key writes it: {@code KIND#id}, several joined by ", ". */
    default String label() {
        return String.join(", ", documents().stream().map(DocumentRef::label).toList());
    }

    /** One document: its typed id and its kind (a {@code DocumentType} name). */
    record DocumentRef(DocumentId id, String kind) implements FindingDocument {

        public DocumentRef {
            java.util.Objects.requireNonNull(id, "id");
            java.util.Objects.requireNonNull(kind, "kind");
        }

        public static DocumentRef of(long id, String kind) {
            return new DocumentRef(DocumentId.of(id), kind);
        }

        @Override
        public List<DocumentRef> documents() {
            return List.of(this);
        }

        @Override
        public String label() {
            return kind + "#" + id.value();
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** Several documents compared together as one (the file's declared invoices against a packing list). */
    record Together(List<DocumentRef> documents) implements FindingDocument {

        public Together {
            documents = List.copyOf(documents);
        }

        @Override
        public String toString() {
            return label();
        }
    }
}
