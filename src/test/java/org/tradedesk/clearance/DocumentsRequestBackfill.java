package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.tradedesk.clearance.messages.CustomsResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Review R8 (issue 8): the backfill migration V2026_12_09_1300 run on a database holding the responses of five files (the
 * responses as the application writes them, its own JSON): only the file whose newest N5107 has a deadline and nothing after
 * it (no duty notice, no release) gets the request, on the notice's day and with its 補辦期限. Used on H2 and PostgreSQL.
 */
public final class DocumentsRequestBackfill {

    static final Path MIGRATION = Path.of("src", "main", "resources", "db", "migration",
            "V2026_12_09_1300__clearance_documents_requested_backfill.sql");
    static final LocalDateTime ISSUED = LocalDateTime.of(2026, 12, 7, 9, 30);
    static final LocalDate DUE = LocalDate.of(2026, 12, 14);

    private DocumentsRequestBackfill() {
    }

    static long file(JdbcTemplate jdbc, String release) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into clearance_transaction (client_id, direction, jurisdiction, transport_mode, status,"
                    + " created_by, created_at, updated_at, release_date) values (1, 'IMPORT', 'TW', 'AIR', 'DECLARED', 'backfill', ?, ?, ?)",
                    new String[] {"id"});
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setObject(3, release == null ? null : LocalDate.parse(release));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    static void response(JdbcTemplate jdbc, JsonMapper json, long file, CustomsResponse.Kind kind, LocalDate deadline) {
        CustomsResponse r = new CustomsResponse("TW_SW", kind, "AA15AB12345668", ISSUED, kind == CustomsResponse.Kind.CHANNEL_ASSIGNED
                ? "C2" : null, deadline, List.of(), List.of(), null, null);
        jdbc.update("insert into clearance_response (transaction_id, declaration_id, source, kind, errors_json, content, sha256,"
                + " received_via, received_by, received_at) values (?, null, 'TW_SW', ?, ?, ?, ?, 'UPLOAD', 'backfill', ?)", file,
                kind.name(), json.writeValueAsString(r), "<Response/>".getBytes(StandardCharsets.UTF_8), "0".repeat(64),
                Timestamp.from(Instant.parse("2026-12-08T01:00:00Z")));
    }

    static Map<String, Object> request(JdbcTemplate jdbc, long file) {
        return jdbc.queryForMap("select documents_requested_on, documents_due, documents_supplied_on from clearance_transaction where id = ?",
                file);
    }

    /** Runs the migration's statement again on the rows written and checks each file. */
    public static void check(JdbcTemplate jdbc, JsonMapper json) throws Exception {
        long open = file(jdbc, null);
        response(jdbc, json, open, CustomsResponse.Kind.RECEIVED, null);
        response(jdbc, json, open, CustomsResponse.Kind.CHANNEL_ASSIGNED, DUE);
        long assessed = file(jdbc, null);
        response(jdbc, json, assessed, CustomsResponse.Kind.CHANNEL_ASSIGNED, DUE);
        response(jdbc, json, assessed, CustomsResponse.Kind.DUTY_NOTICE, null);
        long noDeadline = file(jdbc, null);
        response(jdbc, json, noDeadline, CustomsResponse.Kind.CHANNEL_ASSIGNED, null);
        long released = file(jdbc, "2026-12-09");
        response(jdbc, json, released, CustomsResponse.Kind.CHANNEL_ASSIGNED, DUE);
        long had = file(jdbc, null);
        response(jdbc, json, had, CustomsResponse.Kind.CHANNEL_ASSIGNED, DUE);
        jdbc.update("update clearance_transaction set documents_requested_on = ?, documents_due = ? where id = ?",
                LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 20), had);

        String sql = Files.readString(MIGRATION, StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").strip();
        jdbc.update(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);

        Map<String, Object> backfilled = request(jdbc, open);
        assertThat(date(backfilled.get("documents_requested_on"))).isEqualTo(ISSUED.toLocalDate());
        assertThat(date(backfilled.get("documents_due"))).isEqualTo(DUE);
        assertThat(backfilled.get("documents_supplied_on")).isNull();
        for (long untouched : List.of(assessed, noDeadline, released)) {
            assertThat(request(jdbc, untouched).get("documents_requested_on")).as("file %d", untouched).isNull();
        }
        assertThat(date(request(jdbc, had).get("documents_due"))).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
