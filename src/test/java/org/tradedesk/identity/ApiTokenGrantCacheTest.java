package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;

class ApiTokenGrantCacheTest {

    private final ApiTokenGrantCache cache = new ApiTokenGrantCache();

    private static ApiTokenGrantCache.Resolved resolved(Instant expiresAt) {
        return new ApiTokenGrantCache.Resolved(new ApiTokenGrant("mary", ApiTokenScope.ALL, expiresAt),
                User.withUsername("mary").password("x").roles("MANAGER").build());
    }

    @Test
    void aTokenIsNotTakenFromTheCachePastItsExpiry() {
        Instant expiry = Instant.parse("2026-12-07T00:00:00Z");
        cache.put("h", resolved(expiry));
        assertThat(cache.get("h", expiry.minusSeconds(1))).isNotNull();
        assertThat(cache.get("h", expiry)).isNull();
    }

    @Test
    void forgettingEmptiesItAndItStaysBounded() {
        for (int i = 0; i < ApiTokenGrantCache.MAX_ENTRIES + 10; i++) {
            cache.put("h" + i, resolved(Instant.MAX));
        }
        assertThat(cache.size()).isLessThanOrEqualTo(ApiTokenGrantCache.MAX_ENTRIES);
        cache.forgetAll();
        assertThat(cache.get("h5", Instant.now())).isNull();
    }
}
