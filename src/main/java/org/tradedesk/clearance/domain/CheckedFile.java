package org.tradedesk.clearance.domain;

import java.time.LocalDate;
import java.util.List;
import org.tradedesk.clearance.messages.CapturedInvoice;

/**
 * What the document checks look at: the file's jurisdiction, direction ({@code IMPORT|EXPORT}), mode
 * ({@code SEA|AIR|POST|EXPRESS}), Incoterm, arrival and declaration dates, its documents, and the file's today in its
 * zone ({@code today}; null when the checks run without one — the date-order rules against today then pass).
 */
public record CheckedFile(String jurisdiction, String direction, String mode, String incoterm, LocalDate arrivalDate,
        List<Document> documents, LocalDate declarationDate, LocalDate today) {

    public CheckedFile {
        documents = List.copyOf(documents);
    }

    public CheckedFile(String jurisdiction, String direction, String mode, String incoterm, LocalDate arrivalDate,
            List<Document> documents) {
        this(jurisdiction, direction, mode, incoterm, arrivalDate, documents, null, null);
    }

    /**
     * A document: its id, its type (a {@code DocumentType} name) and, for an invoice, its captured data; the date it was
     * issued (captured figures of a packing list, B/L, certificate or permit; null when not captured) and the name of
     * the file uploaded (null when none) — what the client recognises the document by (the id is ours, not theirs).
     */
    public record Document(long id, String type, CapturedInvoice invoice, LocalDate issuedOn, String fileName) {

        public Document(long id, String type, CapturedInvoice invoice) {
            this(id, type, invoice, null, null);
        }

        public String label() {
            return type + "#" + id;
        }
    }
}
