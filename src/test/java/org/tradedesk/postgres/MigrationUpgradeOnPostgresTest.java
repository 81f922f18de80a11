package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradedesk.platform.persistence.MigrationUpgrade;
import org.tradedesk.support.PostgresTest;

/**
 * A PostgreSQL database of release 2026-11 (its migrations as released, and the registry table
 * Spring Modulith created itself then) upgrades to today's migrations and validates. It runs in a
 * schema of its own inside the suite's database, so the application's own schema is untouched.
 */
@PostgresTest
class MigrationUpgradeOnPostgresTest {

    static final String SCHEMA = "release_2026_11";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDatabaseOfRelease202611UpgradesAndValidates() throws IOException, SQLException {
        flyway("classpath:db/release-2026-11").migrate();
        // one connection: the search path is a setting of the session
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
            try {
                s.execute(modulithsOwnRegistrySchema());
                s.execute("insert into client (name, kind, country, preferred_language, created_at)"
                        + " values ('Kept Ltd', 'IMPORTER', 'AU', 'en', current_timestamp)");
            } finally {
                s.execute("reset search_path");
            }
        }

        Flyway current = flyway("classpath:db/migration");
        assertThat(current.info().pending()).isNotEmpty();
        MigrationUpgrade.upgrade(current);

        current.validate();
        assertThat(current.info().pending()).isEmpty();
        assertThat(Arrays.stream(current.info().applied()).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".client where name = 'Kept Ltd'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ?"
                + " and table_name = 'event_publication' and column_name = 'status'", Integer.class, SCHEMA)).isEqualTo(1);
    }

    private Flyway flyway(String location) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations(location).load();
    }

    private static String modulithsOwnRegistrySchema() throws IOException {
        try (InputStream in = MigrationUpgradeOnPostgresTest.class.getClassLoader()
                .getResourceAsStream("org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
