package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.support.AsUser;
import org.tradedesk.support.PostgresTest;
import org.tradedesk.taxes.SavedCalculation;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.persistence.TaxCalculationClientMigrationTest;

/**
 * The saved calculations' access rule on a real PostgreSQL: migration {@code V2026_12_09_1400} on the client column of
 * release 2026-11's rows (in a schema of its own), and the coordinator's list, the whole rule in its one query.
 */
@PostgresTest
class TaxCalculationsOnPostgresTest {

    static final String SCHEMA = "taxes_client_column";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaxCalculations calculations;
    @Autowired
    ClientDirectory clients;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void theCalculationsOfRelease202611KeepOneFormOfTheirClient() throws SQLException {
        TaxCalculationClientMigrationTest.before(Flyway.configure().dataSource(dataSource).schemas(SCHEMA)
                .locations("classpath:db/migration")).migrate();
        try (java.sql.Connection c = dataSource.getConnection()) {
            SingleConnectionDataSource inSchema = new SingleConnectionDataSource(c, true);
            c.createStatement().execute("set search_path to " + SCHEMA);
            try {
                Map<UUID, String> saved = TaxCalculationClientMigrationTest.insertLegacyRows(inSchema);
                c.createStatement().execute("reset search_path");
                Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration").load().migrate();
                c.createStatement().execute("set search_path to " + SCHEMA);
                TaxCalculationClientMigrationTest.assertMigrated(inSchema, saved);
            } finally {
                c.createStatement().execute("reset search_path");
            }
        }
    }

    @Test
    void aCoordinatorsListIsHerClientsAndWhatSheSavedWithoutOneNewestFirstInOrderOfIds() throws Exception {
        TaxRequest request = json.readValue("""
                {"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"FOB","exchangeRate":32.15,
                 "lines":[{"description":"Bluetooth speaker","tariffCode":"85182200","origin":"CN","value":2000,
                           "quantity":100,"unit":"No","measures":{"duty":"MAX(10%, 20 TWD/No)"}}]}""", TaxRequest.class);
        String cara = "cara-pg";
        ClientId former = new ClientId(AsUser.as(cara, "COORDINATOR",
                () -> clients.create(ClientsOnPostgresTest.taiwanImporter("Former PG Co"))).id());
        ClientId kept = new ClientId(AsUser.as(cara, "COORDINATOR",
                () -> clients.create(ClientsOnPostgresTest.taiwanImporter("Kept PG Co"))).id());
        List<String> mine = new ArrayList<>();
        mine.add(AsUser.as(cara, "COORDINATOR", () -> calculations.save(null, request)).id().toString());
        mine.add(AsUser.as(cara, "COORDINATOR", () -> calculations.save(kept, request)).id().toString());
        // rows saved at the same instant: the id orders them
        for (int i = 0; i < 3; i++) {
            String copy = UUID.randomUUID().toString();
            jdbc.update("""
                    insert into tax_calculation (id, version, client_id, jurisdiction, calculation_date, status, currency, total_amount,
                        chain_version, request_json, result_json, created_by, created_at)
                    select ?, 0, client_id, jurisdiction, calculation_date, status, currency, total_amount, chain_version, request_json,
                        result_json, created_by, created_at from tax_calculation where id = ?""", UUID.fromString(copy),
                    UUID.fromString(mine.get(1)));
            mine.add(copy);
        }
        Set<String> formers = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            formers.add(AsUser.as(cara, "COORDINATOR", () -> calculations.save(former, request)).id().toString());
        }
        AsUser.manager(() -> clients.unassign(former, cara));

        List<String> tied = mine.subList(1, mine.size()).stream().sorted(java.util.Comparator.reverseOrder()).toList();
        List<String> expected = new ArrayList<>(tied);
        expected.add(mine.get(0));
        List<SavedCalculation.Summary> all = AsUser.as(cara, "COORDINATOR", () -> calculations.search(null, null, 100));
        assertThat(all).extracting(s -> s.id().toString()).containsExactlyElementsOf(expected);
        assertThat(AsUser.as(cara, "COORDINATOR", () -> calculations.search(null, null, 2))).extracting(s -> s.id().toString())
                .containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(AsUser.manager(() -> calculations.search(null, null, 10_000))).extracting(s -> s.id().toString())
                .containsAll(formers).containsAll(mine).doesNotHaveDuplicates();
    }
}
