package org.tradedesk.clients;

import java.time.Instant;
import java.time.LocalDate;

/** One consent record: given or withdrawn for a purpose, on a date, recorded by a user. Records are never changed. */
public record ConsentView(long id, ConsentPurpose purpose, boolean given, LocalDate effectiveOn, String recordedBy,
        Instant recordedAt, String note) {
}
