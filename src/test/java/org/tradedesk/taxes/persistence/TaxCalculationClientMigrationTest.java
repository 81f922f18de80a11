package org.tradedesk.taxes.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration {@code V2026_12_09_1400}: the client column of the calculations saved by release 2026-11 ends in the one form
 * the coordinator's list compares and {@link CalculationStore} reads ("0042" becomes "42", another system's id no client
 * of the desk), what was saved is kept beside it, and no other form can be written after. On H2 in PostgreSQL mode; the
 * same scenario runs on PostgreSQL in {@code TaxCalculationsOnPostgresTest}.
 */
public class TaxCalculationClientMigrationTest {

    static final String UNDER_TEST = "2026.12.09.1400";

    /** The migrations of {@code location} up to the last one before the one under test. */
    public static Flyway before(org.flywaydb.core.api.configuration.FluentConfiguration flyway) {
        Flyway all = flyway.load();
        org.flywaydb.core.api.MigrationVersion under = org.flywaydb.core.api.MigrationVersion.fromVersion(UNDER_TEST);
        org.flywaydb.core.api.MigrationVersion last = java.util.Arrays.stream(all.info().all()).map(i -> i.getVersion())
                .filter(v -> v != null && v.compareTo(under) < 0).max(java.util.Comparator.naturalOrder()).orElseThrow();
        return flyway.target(last.getVersion()).load();
    }

    /** A column as release 2026-11 could have saved it → the column after the migration, and what is kept as saved. */
    public static final Map<String, String[]> LEGACY = legacy();

    private static Map<String, String[]> legacy() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("42", new String[] {"42", null});
        m.put("0042", new String[] {"42", "0042"});
        m.put("client-42", new String[] {null, "client-42"});
        m.put("000", new String[] {null, "000"});
        m.put("", new String[] {null, ""});
        m.put(" 42", new String[] {null, " 42"});
        m.put("1234567890123456789", new String[] {null, "1234567890123456789"});
        m.put("900000000000000001", new String[] {"900000000000000001", null});
        return m;
    }

    @Test
    void theCalculationsOfRelease202611KeepOneFormOfTheirClient() throws SQLException {
        DataSource db = new DriverManagerDataSource("jdbc:h2:mem:taxclient-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR,VALUE;DB_CLOSE_DELAY=-1", "sa", "");
        before(Flyway.configure().dataSource(db).locations("classpath:db/migration")).migrate();
        Map<UUID, String> saved = insertLegacyRows(db);
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        assertMigrated(db, saved);
    }

    /** One saved calculation for each column of {@link #LEGACY}, and one without a client. */
    public static Map<UUID, String> insertLegacyRows(DataSource db) throws SQLException {
        Map<UUID, String> ids = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into tax_calculation (id, version, client_id, jurisdiction, calculation_date, status, currency, total_amount,
                    chain_version, request_json, result_json, created_by, created_at)
                values (?, 0, ?, 'TW', date '2026-03-02', 'DRAFT', 'TWD', 100, 'TW-2026.1', '{}', '{}', 'amy', current_timestamp)""")) {
            for (String column : LEGACY.keySet()) {
                ids.put(insert(s, column), column);
            }
            ids.put(insert(s, null), null);
        }
        return ids;
    }

    private static UUID insert(PreparedStatement s, String column) throws SQLException {
        UUID id = UUID.randomUUID();
        s.setObject(1, id);
        s.setString(2, column);
        s.executeUpdate();
        return id;
    }

    /** Each row's column as {@link #LEGACY} says, the text saved kept where it changed, and another form refused. */
    public static void assertMigrated(DataSource db, Map<UUID, String> saved) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select client_id, client_id_as_saved from tax_calculation where id = ?")) {
            for (Map.Entry<UUID, String> row : saved.entrySet()) {
                String[] expected = row.getValue() == null ? new String[] {null, null} : LEGACY.get(row.getValue());
                s.setObject(1, row.getKey());
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).as("client column of \"%s\"", row.getValue()).isEqualTo(expected[0]);
                    assertThat(r.getString(2)).as("kept as saved of \"%s\"", row.getValue()).isEqualTo(expected[1]);
                }
            }
            UUID any = saved.keySet().iterator().next();
            for (String other : new String[] {"0042", "client-42", "0", ""}) {
                assertThatThrownBy(() -> {
                    try (PreparedStatement u = c.prepareStatement("update tax_calculation set client_id = ? where id = ?")) {
                        u.setString(1, other);
                        u.setObject(2, any);
                        u.executeUpdate();
                    }
                }).as(other).isInstanceOf(SQLException.class);
            }
        }
    }
}
