package org.tradedesk.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a piece of reference data is in force: from {@code from} inclusive to {@code to}
 * inclusive; an open end ({@code to == null}) means "until further notice".
 */
public record EffectivePeriod(LocalDate from, LocalDate to) {

    public EffectivePeriod {
        Objects.requireNonNull(from, "effective from");
        if (to != null && to.isBefore(from)) {
            throw new InvalidValueException("shared.period.invalid", "period ends " + to + " before it starts " + from);
        }
    }

    public static EffectivePeriod from(LocalDate from) {
        return new EffectivePeriod(from, null);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    public boolean overlaps(EffectivePeriod other) {
        boolean endsBeforeOther = to != null && to.isBefore(other.from);
        boolean otherEndsBefore = other.to != null && other.to.isBefore(from);
        return !endsBeforeOther && !otherEndsBefore;
    }
}
