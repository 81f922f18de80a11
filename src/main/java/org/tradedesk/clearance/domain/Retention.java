package org.tradedesk.clearance.domain;

import java.time.LocalDate;

/**
 * How long a file is kept: from {@code from} (the date named by {@code fromWhat}) to {@code keepUntil}
 * inclusive; it may be deleted from the day after.
 */
public record Retention(RetentionRule rule, DateAnchor fromWhat, LocalDate from, LocalDate keepUntil) {

    public boolean ended(LocalDate today) {
        return today.isAfter(keepUntil);
    }
}
