package org.tradedesk.identity;

import java.time.Instant;

/** A token as its owner sees it later: name and times, never the secret. */
public record ApiTokenSummary(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
