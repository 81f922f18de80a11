package org.tradedesk.identity;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * What a valid API token resolved to (its grant and its owner's account), kept for a few seconds so
 * that a script's burst of requests does not cost two queries each (token, then owner: about a tenth
 * of a tax calculation's time in the load test). Only tokens that resolved are kept, so random secrets
 * cannot fill it; it is bounded and emptied when full.
 *
 * <p>The price, stated in the README: on THIS instance a revoked token or a changed or disabled owner
 * takes effect at once (the change forgets the entries); on another instance of the same database it
 * takes effect within {@link #TIME_TO_LIVE}. A token's expiry is exact (it is part of the grant).
 */
@Component
class ApiTokenGrantCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);
    static final int MAX_ENTRIES = 10_000;

    record Resolved(ApiTokenGrant grant, UserDetails owner) {
    }

    private record Entry(Resolved resolved, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** The resolution of the token with this hash, if made within the time to live and the token has not expired since. */
    Resolved get(String tokenHash, java.time.Instant now) {
        Entry e = entries.get(tokenHash);
        if (e == null) {
            return null;
        }
        if (System.nanoTime() - e.expiresAtNanos() > 0 || !now.isBefore(e.resolved().grant().expiresAt())) {
            entries.remove(tokenHash, e);
            return null;
        }
        return e.resolved();
    }

    void put(String tokenHash, Resolved resolved) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(tokenHash, new Entry(resolved, System.nanoTime() + TIME_TO_LIVE.toNanos()));
    }

    void forget(String tokenHash) {
        entries.remove(tokenHash);
    }

    /** After any change to accounts: roles, enabled, password. */
    void forgetAll() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
