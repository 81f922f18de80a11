package org.tradedesk.clearance.domain;

import java.time.LocalDate;

/**
 * The dates of one clearance file; each may still be unknown (null). {@code declarationLodged}: the declaration was
 * actually lodged (the file went through DECLARED), not just dated — a declaration date typed into a draft does not
 * meet a deadline whose period has not begun (acceptance review F4). {@code documentsRequested}: the day customs asked
 * for documents (Taiwan N5107), {@code documentsDue} the last day customs gave for them (its 補辦期限, as customs wrote it,
 * before any roll past a rest day), {@code documentsSupplied} the day the request was met.
 */
public record FileDates(LocalDate arrival, LocalDate declaration, LocalDate release, LocalDate dutyNotice,
        LocalDate dutyPaid, boolean declarationLodged, LocalDate documentsRequested, LocalDate documentsDue,
        LocalDate documentsSupplied) {

    /** Dates of a file customs has asked no documents of. */
    public FileDates(LocalDate arrival, LocalDate declaration, LocalDate release, LocalDate dutyNotice,
            LocalDate dutyPaid, boolean declarationLodged) {
        this(arrival, declaration, release, dutyNotice, dutyPaid, declarationLodged, null, null, null);
    }

    /** Dates of a file whose declaration, when dated, counts as lodged. */
    public FileDates(LocalDate arrival, LocalDate declaration, LocalDate release, LocalDate dutyNotice, LocalDate dutyPaid) {
        this(arrival, declaration, release, dutyNotice, dutyPaid, true);
    }

    /** The same dates with the declaration counted as lodged or not. */
    public FileDates withDeclarationLodged(boolean lodged) {
        return new FileDates(arrival, declaration, release, dutyNotice, dutyPaid, lodged, documentsRequested, documentsDue,
                documentsSupplied);
    }

    /** The same dates with customs' request for documents: asked on {@code requested}, due on {@code due}, met on {@code supplied}. */
    public FileDates withDocuments(LocalDate requested, LocalDate due, LocalDate supplied) {
        return new FileDates(arrival, declaration, release, dutyNotice, dutyPaid, declarationLodged, requested, due, supplied);
    }

    public LocalDate get(DateAnchor anchor) {
        return switch (anchor) {
            case ARRIVAL -> arrival;
            case DECLARATION -> declaration;
            case RELEASE -> release;
            case DUTY_NOTICE -> dutyNotice;
            case DUTY_PAID -> dutyPaid;
            case DOCUMENTS_REQUESTED -> documentsRequested;
            case DOCUMENTS_SUPPLIED -> documentsSupplied;
        };
    }
}
