package org.tradedesk.clearance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.tradedesk.tariff.Jurisdiction;

/**
 * One legal period of a jurisdiction, as data: counted from the day after {@code from} (the day of the
 * event itself is not counted, 關稅法 "之翌日起" and the common-law reading of "within N days after"), so
 * its last day is {@code from + amount unit} — arrival on 2 March and "within 15 days" give 17 March.
 * {@code metBy} is the date that fulfils it (the declaration meets the lodgement period), or null when
 * nothing in the file does. {@code toConfirm} says the wording of the law is still to be checked. A {@code given} period
 * (unit {@code GIVEN} in the data, amount 0) has the last day the authority wrote in its notice (Taiwan N5107 補辦期限,
 * {@link FileDates#documentsDue}) instead of a count of days.
 */
public record DeadlineRule(Jurisdiction jurisdiction, String id, DateAnchor from, int amount, ChronoUnit unit,
        DateAnchor metBy, String legalReference, boolean toConfirm, String note, boolean given, java.util.Set<String> directions) {

    /** A rule of both directions (imports and exports). */
    public static final java.util.Set<String> BOTH = java.util.Set.of("IMPORT", "EXPORT");

    public DeadlineRule(Jurisdiction jurisdiction, String id, DateAnchor from, int amount, ChronoUnit unit, DateAnchor metBy,
            String legalReference, boolean toConfirm, String note, boolean given) {
        this(jurisdiction, id, from, amount, unit, metBy, legalReference, toConfirm, note, given, BOTH);
    }

    /** Whether the rule applies to a file of {@code direction} (IMPORT, EXPORT); a file of no known direction: all apply. */
    public boolean appliesTo(String direction) {
        return direction == null || directions.contains(direction);
    }

    public DeadlineRule(Jurisdiction jurisdiction, String id, DateAnchor from, int amount, ChronoUnit unit, DateAnchor metBy,
            String legalReference, boolean toConfirm, String note) {
        this(jurisdiction, id, from, amount, unit, metBy, legalReference, toConfirm, note, false);
    }

    public DeadlineRule {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(unit, "unit");
        directions = directions == null ? BOTH : java.util.Set.copyOf(directions);
        if (directions.isEmpty() || !BOTH.containsAll(directions)) {
            throw new IllegalArgumentException("deadline " + id + ": direction is IMPORT, EXPORT or both: " + directions);
        }
        if (id == null || !id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a deadline id is lower-case letters, digits and dashes: " + id);
        }
        if (given ? amount != 0 || unit != ChronoUnit.DAYS : amount <= 0 || !(unit == ChronoUnit.DAYS || unit == ChronoUnit.MONTHS || unit == ChronoUnit.YEARS)) {
            throw new IllegalArgumentException("a period is a positive number of days, months or years: " + amount + " " + unit);
        }
        if (legalReference == null || legalReference.isBlank()) {
            throw new IllegalArgumentException("deadline " + id + " needs its legal reference");
        }
    }

    /** The last day of the period that starts the day after {@code event}. */
    public LocalDate lastDay(LocalDate event) {
        if (given) {
            throw new IllegalStateException("deadline " + id + " has the last day its notice gives, not a period");
        }
        return event.plus(amount, unit);
    }

    /** The legal reference in the reader's language ({@link Regulations#text}). */
    public org.tradedesk.shared.MessageText legalText() {
        return Regulations.text(legalReference);
    }
}
