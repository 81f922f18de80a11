package org.tradedesk.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * What a test does when the environment lacks something it needs (a PostgreSQL server, a
 * browser): on CI ({@code CI=true}) that is a broken machine and the test fails; on a
 * developer's machine the test is skipped, and the reason is printed so nobody mistakes a skip
 * for a pass.
 */
public final class Ci {

    private Ci() {
    }

    public static boolean isOn() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * For a JUnit {@code ExecutionCondition}: enabled when available; otherwise an error under CI,
     * else disabled (reported as skipped, with the reason) and the reason printed.
     */
    public static ConditionEvaluationResult enabledOrSkipped(boolean available, String what, String reason) {
        if (available) {
            return ConditionEvaluationResult.enabled(what + " available");
        }
        String message = what + " unavailable: " + reason;
        if (isOn()) {
            throw new AssertionError(message + " (required because CI=true)");
        }
        System.err.println("[tradedesk] skipping: " + message);
        return ConditionEvaluationResult.disabled(message + " (set CI=true to make this a failure)");
    }
}
