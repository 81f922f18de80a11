package org.tradedesk.markets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.TradedeskException;

/**
 * t2fixM (code read R9): a project is created with one product at least, but the decision form read the first HS code of
 * the project record unguarded; a record holding none was a 500 (IndexOutOfBounds), it is now a worded refusal.
 */
class DecisionFormNoProductsTest {

    @Test
    void aProjectRecordWithoutProductsIsRefusedInWordsNotA500() {
        DecisionForm blank = DecisionForm.empty(1L);
        Throwable t = catchThrowable(() -> blank.scoring(List.of(), new java.util.ArrayList<>()));
        assertThat(t).isInstanceOf(TradedeskException.class);
        assertThat(((TradedeskException) t).messageCode()).isEqualTo("markets.project.no-products");
        assertThat(((TradedeskException) t).kind()).isEqualTo(TradedeskException.Kind.CONFLICT);
        // with products, the first stands for a product left blank
        assertThat(blank.scoring(List.of("8542"), new java.util.ArrayList<>()).tariffs()).isEmpty();
    }
}
