package org.tradedesk.identity;

import java.time.Instant;

/** A token as its owner sees it later: name, scope and times, never the secret. */
public record ApiTokenSummary(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
        ApiTokenScope scope, Instant expiresAt) {

    public boolean active() {
        return revokedAt == null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
