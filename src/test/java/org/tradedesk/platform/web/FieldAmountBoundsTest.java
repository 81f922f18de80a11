package org.tradedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.platform.validation.Amount;

/**
 * t2fixG: the {@code @Amount} bounds at a JSON path of a body; a member whose type is a type variable or a wildcard has no
 * class to look into, so no bounds (null: the edge's own wording), never a NullPointerException answered 500.
 */
class FieldAmountBoundsTest {

    record Line(@Amount(integer = 12, fraction = 4) BigDecimal value) {
    }

    record Body<T>(T inner, List<? extends Line> lines, Map<String, @Amount(integer = 9, fraction = 3) BigDecimal> rates,
                   @Amount BigDecimal freight, List<Line> typed) {
    }

    @Test
    void aTypeVariableOrWildcardOnThePathHasNoBoundsAndNoException() {
        assertThat(FieldAmountBounds.of(Body.class, "inner.value")).isNull();
        assertThat(FieldAmountBounds.of(Body.class, "inner.rates.USD")).isNull();
        assertThat(FieldAmountBounds.of(Body.class, "lines[0].value")).isNull();
    }

    @Test
    void theBoundsOfTheFieldAtThePath() {
        assertThat(FieldAmountBounds.of(Body.class, "freight")).containsExactly(15, 6);
        assertThat(FieldAmountBounds.of(Body.class, "typed[1].value")).containsExactly(12, 4);
        assertThat(FieldAmountBounds.of(Body.class, "rates.USD")).containsExactly(9, 3);
    }
}
