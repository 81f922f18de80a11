package org.tradedesk.clearance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.tradedesk.tariff.Jurisdiction;

/**
 * One step of a jurisdiction's review route for a dispute with customs, as data: its period counts from the day
 * after {@code from} (the notice, the payment, or the decision on an earlier step named by {@code afterStep}), so its
 * last day is that date + {@code amount unit} — a duty notice received on 2 March 2026 and "within 30 days" give
 * 1 April 2026. {@code toConfirm} says the wording of the law is still to be checked.
 */
public record ReviewStep(Jurisdiction jurisdiction, String id, Anchor from, String afterStep, int amount, ChronoUnit unit,
        String legalReference, boolean toConfirm, String note) {

    /** What the period of a step counts from. */
    public enum Anchor { NOTICE, PAID, DECIDED }

    public ReviewStep {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(unit, "unit");
        if (id == null || !id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a step id is lower-case letters, digits and dashes: " + id);
        }
        if ((from == Anchor.DECIDED) != (afterStep != null)) {
            throw new IllegalArgumentException("step " + id + ": DECIDED names the earlier step (DECIDED:<id>), nothing else does");
        }
        if (amount <= 0 || !(unit == ChronoUnit.DAYS || unit == ChronoUnit.MONTHS || unit == ChronoUnit.YEARS)) {
            throw new IllegalArgumentException("a period is a positive number of days, months or years: " + amount + " " + unit);
        }
        if (legalReference == null || legalReference.isBlank()) {
            throw new IllegalArgumentException("step " + id + " needs its legal reference");
        }
    }

    /** The last day of the period that starts the day after {@code event}. */
    public LocalDate lastDay(LocalDate event) {
        return event.plus(amount, unit);
    }

    /** The legal reference in the reader's language ({@link Regulations#text}). */
    public org.tradedesk.shared.MessageText legalText() {
        return Regulations.text(legalReference);
    }
}
