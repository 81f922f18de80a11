package org.tradedesk.clearance;

import java.time.Instant;

/** A clearance transaction as stored: its details, status and who opened it; {@code version} goes back with a change. */
public record ClearanceTransaction(TransactionId id, long version, TransactionDetails details, TransactionStatus status,
        String createdBy, Instant createdAt, Instant updatedAt, Instant closedAt) {
}
