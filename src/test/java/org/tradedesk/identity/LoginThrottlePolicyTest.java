package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    final LoginThrottlePolicy policy = new LoginThrottlePolicy(5, 50, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1));

    @Test
    void theFirstFourFailuresAreFreeThenTheLockDoublesFromThirtySeconds() {
        assertThat(policy.lockAfter(4, 5)).isZero();
        assertThat(policy.lockAfter(5, 5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.lockAfter(6, 5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.lockAfter(9, 5)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void theLockNeverExceedsFifteenMinutesSoARealUserIsNotLockedOutForLong() {
        assertThat(policy.lockAfter(10, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.lockAfter(10_000, 5)).isEqualTo(Duration.ofMinutes(15));
    }
}
