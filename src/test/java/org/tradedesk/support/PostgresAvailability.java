package org.tradedesk.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs before Spring loads the context: without a reachable server the class is skipped (or fails
 * under CI) here, instead of erroring while the context starts.
 */
class PostgresAvailability implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresServer.Lookup lookup = PostgresServer.lookup();
        Ci.requireOrSkip(lookup.server() != null, "PostgreSQL", lookup.reason());
    }
}
