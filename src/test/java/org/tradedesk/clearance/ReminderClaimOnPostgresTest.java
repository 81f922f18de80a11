package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradedesk.clearance.persistence.ReminderStore;
import org.tradedesk.support.PostgresTest;

/**
 * The reminder claim on a real PostgreSQL, where several instances share one database: of eight claims of one reminder
 * made at the same moment on eight connections exactly one wins, and none fails with an error.
 */
@PostgresTest
class ReminderClaimOnPostgresTest {

    @Autowired
    ReminderStore store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ofEightSimultaneousClaimsOfOneReminderExactlyOneWins() throws Exception {
        Long fileId = jdbc.queryForObject("insert into clearance_transaction (client_id, direction, jurisdiction, transport_mode, status,"
                + " created_by, created_at, updated_at) values (1, 'IMPORT', 'TW', 'SEA', 'DRAFT', 'pg.owner', ?, ?) returning id",
                Long.class, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        LocalDate due = LocalDate.of(2026, 12, 9);
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String instance = "pg-instance-" + i;
                claims.add(pool.submit(() -> {
                    start.await();
                    return store.claim("LODGE", "t" + fileId + ":tw-lodge", due, fileId, "pg.owner", instance, Instant.now());
                }));
            }
            int winners = 0;
            for (Future<Boolean> c : claims) {
                winners += c.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from clearance_reminder where transaction_id = ?", Integer.class, fileId))
                .isEqualTo(1);
    }
}
