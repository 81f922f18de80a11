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
        /** every invoice is in one currency */
        CURRENCY_AGREES,
        /** the invoice total is the sum of its lines within {@code param} per cent */
        TOTAL_AGREES,
        /** each line's tariff code is in the tariff and in force on the arrival date */
        TARIFF_CODE_VALID,
        /** each line's origin is an ISO 3166 country */
        ORIGIN_VALID
    }
}
