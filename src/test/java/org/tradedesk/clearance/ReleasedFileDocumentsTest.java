package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.domain.DateAnchor;
import org.tradedesk.clearance.domain.Deadline;
import org.tradedesk.clearance.domain.DeadlineRules;
import org.tradedesk.clients.ClientId;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Code review R7 (issue 8): a release typed on the file (or a move to RELEASED that was skipped) left customs' N5107 request
 * for documents open, and the DOCUMENTS reminder kept going to a released file. A release date is the request met — on the
 * release date, not before the request — in the file's dates the deadlines and the reminders read.
 */
class ReleasedFileDocumentsTest {

    static final LocalDate REQUESTED = LocalDate.of(2026, 12, 7);
    static final LocalDate DUE = LocalDate.of(2026, 12, 14);

    static ClearanceTransaction file(LocalDate released, LocalDate supplied) {
        TransactionDetails d = new TransactionDetails(new ClientId(1), Direction.IMPORT, Jurisdiction.TW, TransportMode.AIR, null,
                "TPE-R7", null, null, null, null, REQUESTED, released, null, null);
        return new ClearanceTransaction(TransactionId.of(7), 3, d, TransactionStatus.DECLARED, "amy", Instant.parse("2026-12-01T02:00:00Z"),
                Instant.parse("2026-12-09T02:00:00Z"), null, REQUESTED, DUE, supplied);
    }

    @Test
    void aReleaseDateMeetsAnOpenRequestForDocuments() throws Exception {
        DeadlineRules rules;
        try (InputStream in = ReleasedFileDocumentsTest.class.getResourceAsStream("/clearance/deadlines.tsv")) {
            rules = DeadlineRules.read(in);
        }
        LocalDate today = LocalDate.of(2026, 12, 10);
        // not released: open
        assertThat(ClearanceTransactions.dates(file(null, null)).get(DateAnchor.DOCUMENTS_SUPPLIED)).isNull();
        // released on 9 Dec (typed): met that day, the deadline not open, so nothing is reminded
        assertThat(ClearanceTransactions.dates(file(LocalDate.of(2026, 12, 9), null)).get(DateAnchor.DOCUMENTS_SUPPLIED))
                .isEqualTo(LocalDate.of(2026, 12, 9));
        Deadline met = rules.compute(Jurisdiction.TW, ClearanceTransactions.dates(file(LocalDate.of(2026, 12, 9), null)), today).stream()
                .filter(x -> x.rule().id().equals("tw-documents")).findFirst().orElseThrow();
        assertThat(met.open()).isFalse();
        assertThat(met.state()).isEqualTo(Deadline.State.MET);
        // a release typed before the request: met on the day of the request, never before it
        assertThat(ClearanceTransactions.dates(file(REQUESTED.minusDays(2), null)).get(DateAnchor.DOCUMENTS_SUPPLIED)).isEqualTo(REQUESTED);
        // met by the documents first: that day is kept
        assertThat(ClearanceTransactions.dates(file(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 8))).get(DateAnchor.DOCUMENTS_SUPPLIED))
                .isEqualTo(LocalDate.of(2026, 12, 8));
    }
}
