package org.tradedesk.clearance.domain;

import org.tradedesk.clearance.domain.Finding.Severity;

/**
 * One row of {@code clearance/checks.tsv}: in a jurisdiction, rule {@code id} of {@code kind} applies {@code when} the
 * file matches (see {@link DocumentChecks}), with {@code param} (a document type, a field, a tolerance) and its severity.
 */
public record CheckRule(String jurisdiction, String id, Kind kind, String when, String param, Severity severity,
        String regulation) {

    public enum Kind {
        /** a document of type {@code param} is on the file */
        DOCUMENT,
        /** each invoice has the header field {@code param} */
        INVOICE_FIELD,
        /** each invoice line has the field {@code param} */
        LINE_FIELD,
        /** each invoice's Incoterm is the file's */
        INCOTERM_AGREES,
        /** the invoices one declaration covers are in one currency (one declaration, one invoice currency) */
        CURRENCY_AGREES,
        /** the invoices one declaration covers are on one Incoterm (one valuation basis) */
        INCOTERMS_AGREE,
        /** the invoice total is the sum of its lines within {@code param} per cent */
        TOTAL_AGREES,
        /** each line's tariff code is in the tariff and in force on the arrival date */
        TARIFF_CODE_VALID,
        /** each line's origin is an ISO 3166 country */
        ORIGIN_VALID,
        /**
         * two dates of the file in order, {@code param} {@code left<=right} or {@code left<=right+N} (N days of
         * allowance): {@code invoice} (each invoice's issue date), {@code today} (the file's, in its zone),
         * {@code transport} (the B/L or AWB date, else the arrival date), {@code arrival}, {@code declaration}; a date
         * not given passes. The finding's text is {@code clearance.finding.<rule id>}.
         */
        DATES_IN_ORDER,
        /** a commercial invoice is not on the file twice ({@code param} file) nor on another open file of the client ({@code client}) */
        INVOICE_UNIQUE,
        /** each captured commercial invoice has at least one line (without lines its goods are not declared) */
        INVOICE_HAS_LINES,
        /** each captured commercial invoice is confirmed by a person (not a pre-fill still to confirm: PDF text, a guessed encoding) */
        INVOICE_CONFIRMED,
        /** every confirmed commercial invoice with lines (no copy of another) is covered by the file's newest declaration draft */
        INVOICE_DECLARED,
        /** the file's newest lodged declaration still declares what each of its invoices' lines says now (run by LodgedDeclarationCheck) */
        INVOICE_LODGED,
        // --- dispute slice: cross-document checks, run by CrossDocumentChecks on the documents' captured figures ---
        /** packing list / B/L / AWB packages, gross and net mass (and the packing list's quantity) agree with the invoices within {@code param} per cent */
        FIGURES_AGREE,
        /** the shipper and consignee on the packing list / B/L / AWB are the invoices' seller and buyer */
        PARTIES_AGREE,
        /** each certificate of origin is issued on or before the arrival date and valid on it */
        CERTIFICATE_VALID,
        /** a line whose tariff code starts with one of {@code param} (comma-separated) needs a permit covering it */
        PERMIT_BY_CODE,
        /** a line's unit value is within {@code param} times the median unit value of the invoice's other lines in the same unit */
        VALUE_PLAUSIBLE,
        /**
         * an import line's unit value is within {@code param} times the reference unit value of its HS6 code drawn from the
         * trade statistics imported in markets (run by ReferenceValueCheck)
         */
        VALUE_REFERENCE
    }
}
