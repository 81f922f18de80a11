package org.tradedesk.clearance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A clearance transaction as stored: its details, status and who opened it; {@code version} goes back with a change.
 * {@code documentsRequestedOn}, {@code documentsDue}, {@code documentsSuppliedOn}: customs' request for documents (Taiwan
 * N5107 補辦, its 補辦期限 as customs wrote it) and the day it was met; null when customs asked for none.
 */
public record ClearanceTransaction(TransactionId id, long version, TransactionDetails details, TransactionStatus status,
        String createdBy, Instant createdAt, Instant updatedAt, Instant closedAt, LocalDate documentsRequestedOn,
        LocalDate documentsDue, LocalDate documentsSuppliedOn) {

    /** A file customs has asked no documents of. */
    public ClearanceTransaction(TransactionId id, long version, TransactionDetails details, TransactionStatus status,
            String createdBy, Instant createdAt, Instant updatedAt, Instant closedAt) {
        this(id, version, details, status, createdBy, createdAt, updatedAt, closedAt, null, null, null);
    }
}
