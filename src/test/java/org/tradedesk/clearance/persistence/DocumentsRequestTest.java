package org.tradedesk.clearance.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.Direction;
import org.tradedesk.clearance.TransactionDetails;
import org.tradedesk.clearance.TransportMode;
import org.tradedesk.clients.ClientId;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Code review R5 (issue 8): any N5107 recorded later reopened a met request for documents — the same notice sent again
 * in another envelope (its SHA-256 differs, so it is no duplicate), or an older notice recorded late. A notice is a new
 * request only when it is newer than the one the file has, not the same request again, and dated after customs moved on
 * (the duty notice) and after the request was met.
 */
class DocumentsRequestTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final LocalDate REQUESTED = LocalDate.of(2026, 12, 1);
    static final LocalDate DUE = LocalDate.of(2026, 12, 8);

    static TransactionDetails details(LocalDate dutyNotice) {
        return new TransactionDetails(new ClientId(1), Direction.IMPORT, Jurisdiction.TW, TransportMode.AIR, null, "TPE-R5", null,
                null, null, null, null, null, dutyNotice, null);
    }

    static TransactionEntity requestedAndMet(LocalDate metOn) {
        TransactionEntity file = new TransactionEntity(details(null), "amy", NOW);
        assertThat(file.documentsRequested(REQUESTED, DUE, NOW)).isTrue();
        assertThat(file.documentsMet(metOn)).isTrue();
        return file;
    }

    @Test
    void theSameNoticeSentAgainKeepsAMetRequestMet() {
        TransactionEntity file = requestedAndMet(LocalDate.of(2026, 12, 3));
        assertThat(file.documentsRequested(REQUESTED, DUE, NOW)).isFalse();
        assertThat(file.documentsSuppliedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void anOlderNoticeRecordedLateChangesNothing() {
        TransactionEntity file = new TransactionEntity(details(null), "amy", NOW);
        file.documentsRequested(REQUESTED, DUE, NOW);
        assertThat(file.documentsRequested(REQUESTED.minusDays(5), DUE.minusDays(2), NOW)).isFalse();
        assertThat(file.documentsRequestedOn()).isEqualTo(REQUESTED);
        assertThat(file.documentsDue()).isEqualTo(DUE);
        // an older one recorded after the request was met does not reopen it either
        TransactionEntity met = requestedAndMet(LocalDate.of(2026, 12, 3));
        assertThat(met.documentsRequested(REQUESTED.minusDays(1), DUE.plusDays(3), NOW)).isFalse();
        assertThat(met.documentsSuppliedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aNoticeDatedOnOrBeforeTheDayTheRequestWasMetOrCustomsMovedOnIsNoNewRequest() {
        TransactionEntity met = requestedAndMet(LocalDate.of(2026, 12, 3));
        // another 補辦期限 in a notice of the day the documents came in (or before): it is what they answered
        assertThat(met.documentsRequested(LocalDate.of(2026, 12, 3), DUE.plusDays(1), NOW)).isFalse();
        assertThat(met.documentsSuppliedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        // customs assessed the declaration on 4 Dec: a notice of that day or before is no new request
        TransactionEntity assessed = new TransactionEntity(details(LocalDate.of(2026, 12, 4)), "amy", NOW);
        assertThat(assessed.documentsRequested(LocalDate.of(2026, 12, 4), DUE, NOW)).isFalse();
        assertThat(assessed.documentsRequestedOn()).isNull();
        // a later notice is a new request: open again, with its own 補辦期限
        assertThat(met.documentsRequested(LocalDate.of(2026, 12, 4), DUE.plusDays(5), NOW)).isTrue();
        assertThat(met.documentsSuppliedOn()).isNull();
        assertThat(met.documentsDue()).isEqualTo(DUE.plusDays(5));
    }
}
