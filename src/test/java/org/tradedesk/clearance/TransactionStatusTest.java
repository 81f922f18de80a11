package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tradedesk.shared.TradedeskException;

/** The lifecycle of issue 8: draft → documents complete → declared → released / held → closed. */
class TransactionStatusTest {

    @Test
    void theMainRoadRunsFromDraftToClosed() {
        TransactionStatus s = TransactionStatus.DRAFT;
        s = s.moveTo(TransactionStatus.DOCUMENTS_COMPLETE);
        s = s.moveTo(TransactionStatus.DECLARED);
        s = s.moveTo(TransactionStatus.HELD);
        s = s.moveTo(TransactionStatus.RELEASED);
        s = s.moveTo(TransactionStatus.CLOSED);
        assertThat(s).isEqualTo(TransactionStatus.CLOSED);
        assertThat(s.readOnly()).isTrue();
        assertThat(s.next()).isEmpty();
    }

    @Test
    void movesOutsideTheLifecycleAreRefusedNamingBothStates() {
        assertThatThrownBy(() -> TransactionStatus.DRAFT.moveTo(TransactionStatus.RELEASED))
                .isInstanceOf(TradedeskException.class)
                .hasMessageContaining("DRAFT").hasMessageContaining("RELEASED")
                .extracting(e -> ((TradedeskException) e).kind()).isEqualTo(TradedeskException.Kind.CONFLICT);
        assertThatThrownBy(() -> TransactionStatus.DECLARED.moveTo(TransactionStatus.CLOSED)).isInstanceOf(TradedeskException.class);
        assertThatThrownBy(() -> TransactionStatus.CLOSED.moveTo(TransactionStatus.DRAFT)).isInstanceOf(TradedeskException.class);
        assertThatThrownBy(() -> TransactionStatus.RELEASED.moveTo(TransactionStatus.HELD)).isInstanceOf(TradedeskException.class);
    }

    @Test
    void onlyAClosedTransactionIsReadOnly() {
        for (TransactionStatus s : TransactionStatus.values()) {
            assertThat(s.readOnly()).as(s.name()).isEqualTo(s == TransactionStatus.CLOSED);
        }
        assertThat(TransactionStatus.DOCUMENTS_COMPLETE.next()).containsExactlyInAnyOrder(
                TransactionStatus.DECLARED, TransactionStatus.DRAFT, TransactionStatus.CLOSED);
    }
}
