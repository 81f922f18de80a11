package org.tradedesk.clearance.domain;

import java.time.LocalDate;

/**
 * A deadline of one file on one day: {@code NOT_STARTED} while the date it counts from is unknown, {@code MET}
 * once the date that fulfils it is on file (on or before the last day), otherwise {@code OPEN} with the days
 * left (0 on the last day) or {@code OVERDUE} (negative days left; also when it was met late). {@code lastDay} is
 * the day the period really ends, after the jurisdiction's roll-over past rest days ({@code roll}; null when
 * not started).
 */
public record Deadline(DeadlineRule rule, LocalDate from, LocalDate lastDay, LocalDate metOn, State state, Long daysLeft,
        RestDays.Roll roll) {

    public Deadline(DeadlineRule rule, LocalDate from, LocalDate lastDay, LocalDate metOn, State state, Long daysLeft) {
        this(rule, from, lastDay, metOn, state, daysLeft, null);
    }

    /** The last day was moved off a Saturday, Sunday or holiday ({@link #roll} says from which and why). */
    public boolean rolled() {
        return roll != null && roll.rolled();
    }

    public enum State { NOT_STARTED, OPEN, OVERDUE, MET }

    public boolean open() {
        return state == State.OPEN || (state == State.OVERDUE && metOn == null);
    }
}
