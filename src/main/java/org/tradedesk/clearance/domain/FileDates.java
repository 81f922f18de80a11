package org.tradedesk.clearance.domain;

import java.time.LocalDate;

/** The dates of one clearance file; each may still be unknown (null). */
public record FileDates(LocalDate arrival, LocalDate declaration, LocalDate release, LocalDate dutyNotice,
        LocalDate dutyPaid) {

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
