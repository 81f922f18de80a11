package org.tradedesk.clearance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tradedesk.tariff.Jurisdiction;

/**
 * How many years a jurisdiction's law keeps the records of a clearance, counted from the first of
 * {@code from} the file has (e.g. release, else declaration, else arrival) — else from the day the file was
 * opened — with its legal reference and whether the wording is still to be confirmed.
 */
public record RetentionRule(Jurisdiction jurisdiction, int years, List<DateAnchor> from, String legalReference,
        boolean toConfirm) {

    public RetentionRule {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        from = List.copyOf(from);
        if (years <= 0 || from.isEmpty() || legalReference == null || legalReference.isBlank()) {
            throw new IllegalArgumentException("a retention rule needs years, the dates it counts from and its legal reference");
        }
    }

    public Retention apply(FileDates dates, LocalDate opened) {
        for (DateAnchor anchor : from) {
            LocalDate date = dates.get(anchor);
            if (date != null) {
                return new Retention(this, anchor, date, date.plusYears(years));
            }
        }
        return new Retention(this, null, opened, opened.plusYears(years));
    }

    /** The legal reference in the reader's language ({@link Regulations#text}). */
    public org.tradedesk.shared.MessageText legalText() {
        return Regulations.text(legalReference);
    }
}
