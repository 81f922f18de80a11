package org.tradedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradedesk.platform.validation.Bounds;
import org.tradedesk.taxes.PenaltyRequest;
import org.tradedesk.taxes.TaxRequest;

/**
 * Acceptance review t1fixJ 3: the penalty API told a refused amount "at most 18 digits before the point and 10 after"
 * (the edge's bounds) while the calculation API says 15 and 6: the penalty's amounts carry the one amount bound.
 */
class PenaltyAmountBoundsTest {

    @Test
    void thePenaltysAmountsAreBoundedAsEveryOtherAmount() {
        int[] amount = {Bounds.AMOUNT_INTEGER_DIGITS, Bounds.AMOUNT_FRACTION_DIGITS};
        assertThat(FieldAmountBounds.of(TaxRequest.class, "freight")).containsExactly(amount);
        for (String field : new String[] {"shortfall", "unpaidTax", "businessTaxShortfall", "goodsValue"}) {
            assertThat(FieldAmountBounds.of(PenaltyRequest.class, field)).as(field).containsExactly(amount);
        }
    }
}
