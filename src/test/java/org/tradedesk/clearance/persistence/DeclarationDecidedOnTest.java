package org.tradedesk.clearance.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Code review R2 (issue 8): a dispute's declared side was the newest lodged version, not the one customs decided on — a
 * version lodged after the decision, or a newest version customs rejected, was costed instead (and up to 200 declarations
 * were read for it). It is the version the duty notice answered; without one, the newest lodged by the end of the day the
 * decision was received that customs did not reject; one row read.
 */
@SpringBootTest
class DeclarationDecidedOnTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeclarationStore store;

    long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    long declaration(long file, int version, String status, String lodgedAt) {
        return insert("insert into clearance_declaration (transaction_id, revision, message_version, function_code, status,"
                + " message_format, message_id, declaration_json, sha256, created_by, created_at, lodged_at, documents_recorded)"
                + " values (?, ?, ?, '9', ?, 'TW_XML', ?, ?, 'x', 'amy', ?, ?, true)", file, version, version, status, "TD" + file + "V" + version,
                "{\"version\":" + version + ",\"items\":[]}", Timestamp.from(Instant.parse(lodgedAt)), Timestamp.from(Instant.parse(lodgedAt)));
    }

    @Test
    void theDeclaredSideIsTheVersionCustomsDecidedOn() {
        long file = insert("insert into clearance_transaction (client_id, direction, jurisdiction, transport_mode, status, created_by,"
                + " created_at, updated_at) values (1, 'IMPORT', 'TW', 'AIR', 'DECLARED', 'amy', ?, ?)",
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        long v1 = declaration(file, 1, "ACCEPTED", "2026-12-01T01:00:00Z");
        declaration(file, 2, "REJECTED", "2026-12-03T01:00:00Z");
        long v3 = declaration(file, 3, "ACCEPTED", "2026-12-10T01:00:00Z");
        // decision received 4 Dec (Taipei; its end 4 Dec 16:00 UTC): v2 was rejected, v3 lodged after it — v1
        Instant endOfNoticeDay = Instant.parse("2026-12-04T16:00:00Z");
        assertThat(store.decidedOn(file, endOfNoticeDay).orElseThrow().id()).isEqualTo(v1);
        // none lodged by a decision day typed before the lodgements: the newest not rejected (v3), never the rejected v2
        assertThat(store.decidedOn(file, Instant.parse("2026-11-30T16:00:00Z")).orElseThrow().id()).isEqualTo(v3);
        // the duty notice names the version it answered: that one
        jdbc.update("insert into clearance_response (transaction_id, declaration_id, source, kind, errors_json, content, sha256,"
                + " received_via, received_by, received_at) values (?, ?, 'TW_SW', 'DUTY_NOTICE', '{}', ?, ?, 'UPLOAD', 'amy', ?)", file, v3,
                "<Response/>".getBytes(StandardCharsets.UTF_8), "0".repeat(64), Timestamp.from(Instant.parse("2026-12-11T01:00:00Z")));
        assertThat(store.decidedOn(file, endOfNoticeDay).orElseThrow().id()).isEqualTo(v3);
    }
}
