package org.tradedesk.identity;

import java.time.Duration;

/**
 * How long a login key is locked after repeated failures (OWASP ASVS 2.2.1): the first
 * {@code threshold - 1} failures are free, the {@code threshold}-th locks for {@code firstLock}, each
 * further failure doubles the lock up to {@code maxLock}. Failures are forgotten after
 * {@code forgetAfter} without one. Two keys are counted: the account together with the client's
 * address (so an attacker elsewhere cannot lock a real user out), and the address alone with a
 * higher threshold (so one address cannot try many accounts).
 */
record LoginThrottlePolicy(int accountFailures, int addressFailures, Duration firstLock, Duration maxLock,
        Duration forgetAfter) {

    LoginThrottlePolicy {
        if (accountFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("login throttle thresholds must be at least 1");
        }
        if (firstLock.isNegative() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("login throttle: max-lock must not be shorter than first-lock");
        }
    }

    /** The lock that the {@code failures}-th consecutive failure starts; zero below the threshold. */
    Duration lockAfter(int failures, int threshold) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
