package org.tradedesk.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database created by the previous release (the migrations of release 2026-11, kept as they were
 * in {@code db/release-2026-11}) upgrades to today's {@code db/migration} and then validates; so does
 * one created by a build between {@code V4_1} and the late {@code V3_2}, through
 * {@link MigrationUpgrade}'s one permitted out-of-order step. On H2 in PostgreSQL mode, as the product
 * runs by default.
 */
class MigrationUpgradeTest {

    static final String RELEASE_2026_11 = "db/release-2026-11";

    final String url = "jdbc:h2:mem:upgrade-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR,VALUE;DB_CLOSE_DELAY=-1";

    @Test
    void aDatabaseOfRelease202611UpgradesAndValidates() throws Exception {
        flyway("classpath:" + RELEASE_2026_11).migrate();
        // release 2026-11 let Spring Modulith create its registry table itself
        execute(modulithsOwnRegistrySchema());
        execute("insert into client (name, kind, country, preferred_language, created_at) values ('Kept Ltd', 'IMPORTER', 'AU', 'en', current_timestamp)");

        Flyway current = flyway("classpath:db/migration");
        assertThat(current.info().pending()).as("migrations added since release 2026-11").isNotEmpty();
        MigrationUpgrade.upgrade(current);

        current.validate();
        assertThat(current.info().pending()).isEmpty();
        assertThat(Arrays.stream(current.info().applied()).map(MigrationInfo::getState))
                .containsOnly(MigrationState.SUCCESS);
        assertThat(query("select count(*) from client where name = 'Kept Ltd'")).isEqualTo(1);
        assertThat(query("select count(*) from event_publication")).isZero();
    }

    @Test
    void aNewDatabaseGetsTheRegistryTableFromTheMigration() throws Exception {
        MigrationUpgrade.upgrade(flyway("classpath:db/migration"));
        assertThat(query("select count(*) from information_schema.columns where table_name = 'event_publication'"
                + " and column_name in ('listener_id', 'serialized_event', 'completion_date', 'status')")).isEqualTo(4);
    }

    @Test
    void aDatabaseCreatedBetweenV41AndV32IsRepairedOnce(@TempDir Path dir) throws Exception {
        Path between = copyReleaseWithout(dir, Set.of("V3_2__tariff_job_message_code.sql"));
        flyway("filesystem:" + between).migrate();

        Flyway current = flyway("classpath:db/migration");
        // Flyway alone refuses it: this is the failure the repair exists for
        assertThatThrownBy(current::validate).isInstanceOf(FlywayValidateException.class).hasMessageContaining("3.2");
        assertThatThrownBy(current::migrate).isInstanceOf(FlywayValidateException.class);

        MigrationUpgrade.upgrade(current);

        current.validate();
        assertThat(current.info().pending()).isEmpty();
        assertThat(query("select count(*) from information_schema.columns where table_name = 'tariff_import_job'"
                + " and column_name = 'message_code'")).isEqualTo(1);
    }

    @Test
    void anyOtherGapStillStopsTheStart(@TempDir Path dir) throws Exception {
        Path gap = copyReleaseWithout(dir, Set.of("V1_2__api_token.sql", "V3_2__tariff_job_message_code.sql"));
        flyway("filesystem:" + gap).migrate();

        Flyway current = flyway("classpath:db/migration");
        assertThatThrownBy(() -> MigrationUpgrade.upgrade(current)).isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("1.2");
        assertThat(query("select count(*) from information_schema.tables where table_name = 'api_token'")).isZero();
    }

    private Flyway flyway(String location) {
        return Flyway.configure().dataSource(url, "sa", "").locations(location).load();
    }

    private Path copyReleaseWithout(Path dir, Set<String> left) throws IOException {
        for (String name : new String[] {"V1_1__identity.sql", "V1_2__api_token.sql", "V2_1__clients.sql",
                "V3_1__tariff.sql", "V3_2__tariff_job_message_code.sql", "V4_1__taxes.sql"}) {
            if (!left.contains(name)) {
                try (InputStream in = resource(RELEASE_2026_11 + "/" + name)) {
                    Files.copy(in, dir.resolve(name));
                }
            }
        }
        return dir;
    }

    private static String modulithsOwnRegistrySchema() throws IOException {
        try (InputStream in = resource("org/springframework/modulith/events/jdbc/schemas/v2/schema-h2.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = MigrationUpgradeTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String statement : sql.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
