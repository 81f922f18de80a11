package org.tradedesk.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Evaluated before Spring loads the context: without a reachable server the class is skipped (or
 * fails under CI) here, instead of erroring while the context starts.
 */
class PostgresAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        PostgresServer.Lookup lookup = PostgresServer.lookup();
        return Ci.enabledOrSkipped(lookup.server() != null, "PostgreSQL", lookup.reason());
    }
}
