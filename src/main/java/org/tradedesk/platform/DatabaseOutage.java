package org.tradedesk.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database outage (no connection could be had or the connection broke) from every other
 * failure, by the causes of an exception: the pool's timeout ({@link SQLTransientConnectionException},
 * after {@code spring.datasource.hikari.connection-timeout}), a refused or lost connection (SQL state
 * class 08), or a server shutting down or starting (PostgreSQL 57P01–57P03). Such failures are
 * answered 503 with {@code Retry-After}, never as a wrong password or a product error.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** The message code of the answer (pages and API). */
    public static final String CODE = "error.database-unavailable";

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }
}
