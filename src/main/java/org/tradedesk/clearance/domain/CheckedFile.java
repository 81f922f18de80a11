package org.tradedesk.clearance.domain;

import java.time.LocalDate;
import java.util.List;
import org.tradedesk.clearance.messages.CapturedInvoice;

/**
 * What the document checks look at: the file's jurisdiction, direction ({@code IMPORT|EXPORT}), mode
 * ({@code SEA|AIR|POST|EXPRESS}), Incoterm, arrival and declaration dates, its documents, the file's today in its
 * zone ({@code today}; null when the checks run without one — the date-order rules against today then pass); whether a
 * tariff preference is claimed on the file (a line of its newest declaration draft names a scheme other than the general
 * rate) and the commercial invoices of the client's other open files (for the duplicate-invoice check);
 * {@code declaredDocuments} the invoices the file's newest declaration has items from (null: no declaration, or one built
 * before its items kept their source); {@code correctedDocuments} those of them corrected since that declaration was built
 * (the document's version went up; T4 code read R2 — empty when not known).
 */
public record CheckedFile(String jurisdiction, String direction, String mode, String incoterm, LocalDate arrivalDate,
        List<Document> documents, LocalDate declarationDate, LocalDate today, boolean preferenceClaimed,
        List<OtherInvoice> otherFiles, java.util.Set<Long> declaredDocuments, java.util.Set<Long> correctedDocuments) {

    public CheckedFile {
        documents = List.copyOf(documents);
        otherFiles = otherFiles == null ? List.of() : List.copyOf(otherFiles);
        declaredDocuments = declaredDocuments == null ? null : java.util.Set.copyOf(declaredDocuments);
        correctedDocuments = correctedDocuments == null ? java.util.Set.of() : java.util.Set.copyOf(correctedDocuments);
    }

    /** A file whose newest declaration's invoices are not known to have been corrected since. */
    public CheckedFile(String jurisdiction, String direction, String mode, String incoterm, LocalDate arrivalDate,
            List<Document> documents, LocalDate declarationDate, LocalDate today, boolean preferenceClaimed,
            List<OtherInvoice> otherFiles, java.util.Set<Long> declaredDocuments) {
        this(jurisdiction, direction, mode, incoterm, arrivalDate, documents, declarationDate, today, preferenceClaimed, otherFiles,
                declaredDocuments, null);
    }

    /** A file without a declaration draft. */
    public CheckedFile(String jurisdiction, String direction, String mode, String incoterm, LocalDate arrivalDate,
            List<Document> documents, LocalDate declarationDate, LocalDate today, boolean preferenceClaimed,
            List<OtherInvoice> otherFiles) {
        this(jurisdiction, direction, mode, incoterm, arrivalDate, documents, declarationDate, today, preferenceClaimed, otherFiles,
                null);
    }

    /** A file without dates to order, no preference claimed and no other open file of the client. */
    public CheckedFile(String jurisdiction, String direction, String mode, String incoterm, LocalDate arrivalDate,
            List<Document> documents) {
        this(jurisdiction, direction, mode, incoterm, arrivalDate, documents, null, null, false, List.of());
    }

    /** A file with its declaration date and today, no preference claimed and no other open file of the client. */
    public CheckedFile(String jurisdiction, String direction, String mode, String incoterm, LocalDate arrivalDate,
            List<Document> documents, LocalDate declarationDate, LocalDate today) {
        this(jurisdiction, direction, mode, incoterm, arrivalDate, documents, declarationDate, today, false, List.of());
    }

    /** A file without dates to order, with or without a preference claimed and the client's other open files. */
    public CheckedFile(String jurisdiction, String direction, String mode, String incoterm, LocalDate arrivalDate,
            List<Document> documents, boolean preferenceClaimed, List<OtherInvoice> otherFiles) {
        this(jurisdiction, direction, mode, incoterm, arrivalDate, documents, null, null, preferenceClaimed, otherFiles);
    }

    /**
     * A document: its id, its type (a {@code DocumentType} name) and, for an invoice, its captured data; the date it was
     * issued (captured figures of a packing list, B/L, certificate or permit; null when not captured), the name of
     * the file uploaded (null when none) — what the client recognises the document by (the id is ours, not theirs) —
     * and the SHA-256 of the file uploaded (null when none); its place among the file's documents in the order they were
     * added, withdrawn ones counted (1 for the first; 0 when not known) — how a text names a document without a number.
     */
    public record Document(long id, String type, CapturedInvoice invoice, LocalDate issuedOn, String fileName, String sha256,
            int position) {

        public Document(long id, String type, CapturedInvoice invoice, LocalDate issuedOn, String fileName, String sha256) {
            this(id, type, invoice, issuedOn, fileName, sha256, 0);
        }

        public Document(long id, String type, CapturedInvoice invoice) {
            this(id, type, invoice, null, null, null);
        }

        public Document(long id, String type, CapturedInvoice invoice, LocalDate issuedOn, String fileName) {
            this(id, type, invoice, issuedOn, fileName, null);
        }

        /** The document as a finding names it: its typed id and its kind. */
        public FindingDocument.DocumentRef ref() {
            return new FindingDocument.DocumentRef(DocumentId.of(id), type);
        }
    }

    /**
     * A commercial invoice on another open file of the same client: that file's reference (as the desk names it), the
     * invoice's own number and seller as captured (null when not captured) and the SHA-256 of its file (null when typed).
     */
    public record OtherInvoice(String fileReference, String invoiceNumber, String sellerName, String sha256) {
    }
}
