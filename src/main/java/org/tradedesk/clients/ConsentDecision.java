package org.tradedesk.clients;

import java.time.LocalDate;
import org.tradedesk.shared.InvalidValueException;

/** A consent being given or withdrawn, as the contact told us. */
public record ConsentDecision(ConsentPurpose purpose, boolean given, LocalDate effectiveOn, String note) {

    public ConsentDecision {
        if (purpose == null || effectiveOn == null) {
            throw new InvalidValueException("clients.consent.incomplete", "a consent record needs a purpose and a date");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
