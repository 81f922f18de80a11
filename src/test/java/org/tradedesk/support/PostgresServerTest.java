package org.tradedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The suite says why it does not use the configured server: nothing listening is not the same as a missing role. */
class PostgresServerTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/tradedesk_test";

    @Test
    void aServerThatAnswersButLacksTheRoleIsNotCalledUnreachable() {
        String why = PostgresServer.explain(URL, "tradedesk",
                new SQLException("FATAL: role \"tradedesk\" does not exist", "28000"));
        assertThat(why).startsWith("a server answers at 127.0.0.1:5432 but refuses role 'tradedesk'")
                .contains("CREATE ROLE tradedesk LOGIN CREATEDB").doesNotContain("no PostgreSQL server");
        assertThat(PostgresServer.explain(URL, "tradedesk", new SQLException("password authentication failed", "28P01")))
                .startsWith("a server answers");
    }

    @Test
    void namesAMissingDatabaseAndANoServerCase() {
        assertThat(PostgresServer.explain(URL, "tradedesk", new SQLException("database does not exist", "3D000")))
                .contains("has no database 'tradedesk_test'").contains("CREATE DATABASE tradedesk_test OWNER tradedesk");
        assertThat(PostgresServer.explain(URL, "tradedesk", new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))
                .startsWith("no PostgreSQL server answers at 127.0.0.1:5432");
    }
}
