package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.support.PostgresTest;

/**
 * Every module's Flyway migrations run on a real PostgreSQL, and Hibernate's schema validation
 * ({@code ddl-auto: validate}) accepts what they built: the context would not start otherwise.
 */
@PostgresTest
class MigrationsOnPostgresTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Test
    void runsOnPostgresqlInADatabaseOfItsOwn() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select current_database()", String.class))
                .startsWith("tdt_migrationsonpostgrestest_");
    }

    @Test
    void appliesEveryMigrationOnTheClasspath() throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/migration/**/V*__*.sql");
        List<String> expected = Arrays.stream(scripts).map(Resource::getFilename).filter(Objects::nonNull)
                .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
                .sorted().toList();
        assertThat(expected).as("migration scripts found").isNotEmpty();

        MigrationInfo[] applied = flyway.info().applied();
        assertThat(Arrays.stream(applied).map(m -> m.getVersion().getVersion()).sorted().toList())
                .isEqualTo(expected);
        assertThat(applied).allSatisfy(m -> assertThat(m.getState().isFailed()).as(m.getScript()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    @Transactional(readOnly = true)
    void everyEntityCanBeQueried() {
        var entities = entityManager.getMetamodel().getEntities();
        assertThat(entities).isNotEmpty();
        for (EntityType<?> entity : entities) {
            Long rows = entityManager.createQuery("select count(e) from " + entity.getName() + " e", Long.class)
                    .getSingleResult();
            assertThat(rows).as(entity.getName()).isNotNull();
        }
    }

    @Test
    void modulithEventRegistryTableExists() {
        Integer tables = jdbc.queryForObject("""
                select count(*) from information_schema.tables
                where table_schema = current_schema() and table_name = 'event_publication'""", Integer.class);
        assertThat(tables).isEqualTo(1);
    }
}
