package org.tradedesk.identity.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.shared.InvalidValueException;

/** The audit filters shared by the page and the API; a reversed day range is refused, not emptied. */
record AuditQuery(String subjectType, String subjectId, String user,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Integer page, Integer size) {

    static final int MAX_SIZE = 100;

    AuditQuery {
        page = page == null || page < 0 ? 0 : page;
        size = size == null || size < 1 ? 25 : Math.min(size, MAX_SIZE);
    }

    /** Checked here rather than in the constructor, so the failure reaches the error handlers as itself. */
    AuditQuery checked() {
        for (LocalDate day : new LocalDate[] {from, to}) {
            // a day the trail's instants cannot reach (+999999999-12-31 made the end of the range overflow: a 500)
            if (day != null && (day.getYear() < 1 || day.getYear() > 9998)) {
                throw new org.tradedesk.shared.TradedeskException("identity.audit.day-out-of-range",
                        "the day " + day + " is outside the years 1 to 9998", day.toString());
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValueException("identity.audit.range-reversed",
                    "'from' (" + from + ") is after 'to' (" + to + ")");
        }
        return this;
    }
}
