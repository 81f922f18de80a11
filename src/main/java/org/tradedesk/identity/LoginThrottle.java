package org.tradedesk.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins in the table {@code login_throttle}, so that every instance on one database
 * sees the same locks. Two keys per attempt: {@code u:<user>|<address>} and {@code a:<address>}
 * (see {@link LoginThrottlePolicy}). A lock beginning is written to the audit trail.
 */
@Component
class LoginThrottle {

    /** Where an attempt stands before it is tried: locked for {@code retryAfter}, or free. */
    record Standing(Duration retryAfter, boolean accountKeyKnown) {

        boolean locked() {
            return retryAfter.compareTo(Duration.ZERO) > 0;
        }
    }

    private record Row(String key, int failures, Instant lastFailure, Instant blockedUntil) {
    }

    private final JdbcTemplate jdbc;
    private final LoginThrottlePolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, LoginThrottlePolicy policy, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    static String accountKey(String username, String address) {
        String user = username == null ? "" : username.length() > 64 ? username.substring(0, 64) : username;
        return "u:" + user + "|" + address;
    }

    static String addressKey(String address) {
        return "a:" + address;
    }

    @Transactional(readOnly = true)
    Standing standing(String username, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(username, address);
        Duration wait = Duration.ZERO;
        boolean accountKnown = false;
        for (Row row : rows(accountKey, addressKey(address))) {
            accountKnown |= row.key().equals(accountKey);
            if (row.blockedUntil() != null && row.blockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, row.blockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return new Standing(wait, accountKnown);
    }

    @Transactional
    void failed(String username, String address) {
        count(accountKey(username, address), policy.accountFailures(), "account+address");
        count(addressKey(address), policy.addressFailures(), "address");
    }

    /** A right password clears its account+address count; the address count only fades with time. */
    @Transactional
    void succeeded(String username, String address) {
        jdbc.update("delete from login_throttle where throttle_key = ?", accountKey(username, address));
    }

    private void count(String key, int threshold, String kind) {
        Instant now = clock.instant();
        List<Row> found = rows(key);
        Row row = found.isEmpty() ? null : found.get(0);
        int failures = row == null || row.lastFailure().isBefore(now.minus(policy.forgetAfter())) ? 1 : row.failures() + 1;
        Duration lock = policy.lockAfter(failures, threshold);
        Timestamp until = lock.isZero() ? null : Timestamp.from(now.plus(lock));
        if (row == null) {
            // 'on conflict do nothing' (PostgreSQL, and H2 in its PostgreSQL mode) rather than catching a
            // duplicate key: on PostgreSQL a failed insert would abort the whole transaction
            int inserted = jdbc.update("insert into login_throttle (throttle_key, failures, last_failure_at, blocked_until) "
                    + "values (?, ?, ?, ?) on conflict do nothing", key, failures, Timestamp.from(now), until);
            if (inserted == 0) {
                jdbc.update("update login_throttle set failures = failures + 1, last_failure_at = ? where throttle_key = ?",
                        Timestamp.from(now), key);
            }
        } else {
            jdbc.update("update login_throttle set failures = ?, last_failure_at = ?, blocked_until = ? where throttle_key = ?",
                    failures, Timestamp.from(now), until, key);
        }
        if (until != null) {
            audit.record("login", key.length() > 128 ? key.substring(0, 128) : key, AuditAction.LOGIN_THROTTLED, null,
                    "{\"key\":\"" + kind + "\",\"failures\":" + failures + ",\"lockedSeconds\":" + lock.toSeconds() + "}");
        }
    }

    private List<Row> rows(String... keys) {
        String marks = String.join(", ", java.util.Collections.nCopies(keys.length, "?"));
        return jdbc.query("select throttle_key, failures, last_failure_at, blocked_until from login_throttle where throttle_key in ("
                + marks + ")", (rs, i) -> new Row(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()), (Object[]) keys);
    }
}
