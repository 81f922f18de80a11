package org.tradedesk.clearance.domain;

import java.time.LocalDate;

/**
 * The deadline of one review step of a dispute on one day: {@code WAITING} while the date it counts from is not on
 * the case, {@code OPEN} with the days left (0 on the last day; {@code soon} within {@link ReviewRoutes#SOON_DAYS}),
 * {@code OVERDUE} when the last day has passed and the step was not filed, {@code FILED} or {@code FILED_LATE} once it
 * was. {@code lastDay} is the day the step's period really ends, after the roll-over past rest days ({@code roll}).
 */
public record DisputeDeadline(ReviewStep step, LocalDate from, LocalDate lastDay, LocalDate filedOn, State state, Long daysLeft,
        RestDays.Roll roll) {

    public DisputeDeadline(ReviewStep step, LocalDate from, LocalDate lastDay, LocalDate filedOn, State state, Long daysLeft) {
        this(step, from, lastDay, filedOn, state, daysLeft, null);
    }

    /** The last day was moved off a Saturday, Sunday or holiday ({@link #roll} says from which and why). */
    public boolean rolled() {
        return roll != null && roll.rolled();
    }

    public enum State { WAITING, OPEN, OVERDUE, FILED, FILED_LATE }

    public boolean open() {
        return state == State.OPEN || state == State.OVERDUE;
    }

    /** Open and due within {@link ReviewRoutes#SOON_DAYS} days (or overdue): the page warns. */
    public boolean warn() {
        return state == State.OVERDUE || (state == State.OPEN && daysLeft != null && daysLeft <= ReviewRoutes.SOON_DAYS);
    }
}
