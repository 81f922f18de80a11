package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradedesk.support.PostgresTest;

/**
 * The login throttle's table and SQL on a real PostgreSQL, where several instances share the locks;
 * and the token columns of the same migration.
 */
@PostgresTest
class LoginThrottleOnPostgresTest {

    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFifthFailureLocksTheAccountAtThatAddressAndARightPasswordBeforeItClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("pg.user", "192.0.2.7");
        }
        assertThat(throttle.standing("pg.user", "192.0.2.7").locked()).isFalse();
        assertThat(throttle.standing("pg.user", "192.0.2.7").accountKeyKnown()).isTrue();
        throttle.failed("pg.user", "192.0.2.7");
        LoginThrottle.Standing locked = throttle.standing("pg.user", "192.0.2.7");
        assertThat(locked.locked()).isTrue();
        assertThat(locked.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertThat(throttle.standing("pg.user", "192.0.2.8").locked()).isFalse();

        throttle.failed("pg.other", "192.0.2.9");
        throttle.succeeded("pg.other", "192.0.2.9");
        assertThat(throttle.standing("pg.other", "192.0.2.9").accountKeyKnown()).isFalse();
    }

    /** Parallel first failures of one key (one attacker, many connections) must not fail each other's requests. */
    @Test
    void parallelFirstFailuresOfOneKeyAllGoThrough() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> throttle.failed("pg.parallel", "192.0.2.10")));
            }
            for (java.util.concurrent.Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select failures from login_throttle where throttle_key = 'u:pg.parallel|192.0.2.10'",
                Integer.class)).isBetween(1, 8);
    }

    @Test
    void tokensHaveAScopeAndAnExpiryColumn() {
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'api_token'",
                String.class)).contains("scope", "expires_at");
    }
}
