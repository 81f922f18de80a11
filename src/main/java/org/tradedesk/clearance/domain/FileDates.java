package org.tradedesk.clearance.domain;

import java.time.LocalDate;

/**
 * The dates of one clearance file; each may still be unknown (null). {@code declarationLodged}: the declaration was
 * actually lodged (the file went through DECLARED), not just dated — a declaration date typed into a draft does not
 * meet a deadline whose period has not begun (acceptance review F4).
 */
public record FileDates(LocalDate arrival, LocalDate declaration, LocalDate release, LocalDate dutyNotice,
        LocalDate dutyPaid, boolean declarationLodged) {

    /** Dates of a file whose declaration, when dated, counts as lodged. */
    public FileDates(LocalDate arrival, LocalDate declaration, LocalDate release, LocalDate dutyNotice, LocalDate dutyPaid) {
        this(arrival, declaration, release, dutyNotice, dutyPaid, true);
    }

    public LocalDate get(DateAnchor anchor) {
        return switch (anchor) {
            case ARRIVAL -> arrival;
            case DECLARATION -> declaration;
            case RELEASE -> release;
            case DUTY_NOTICE -> dutyNotice;
            case DUTY_PAID -> dutyPaid;
        };
    }
}
