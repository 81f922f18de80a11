package org.tradedesk.clearance.domain;

import java.time.LocalDate;

/**
 * A deadline of one file on one day: {@code NOT_STARTED} while the date it counts from is unknown, {@code MET}
 * once the date that fulfils it is on file (on or before the last day), otherwise {@code OPEN} with the days
 * left (0 on the last day) or {@code OVERDUE} (negative days left; also when it was met late).
 */
public record Deadline(DeadlineRule rule, LocalDate from, LocalDate lastDay, LocalDate metOn, State state, Long daysLeft) {

    public enum State { NOT_STARTED, OPEN, OVERDUE, MET }

    public boolean open() {
        return state == State.OPEN || (state == State.OVERDUE && metOn == null);
    }
}
