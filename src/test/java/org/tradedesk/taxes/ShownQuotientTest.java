package org.tradedesk.taxes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one rule for an exact quotient shown before its legal rounding, by hand: A$36,228.25 × 10/11 = 32,934.772727… */
class ShownQuotientTest {

    @Test
    void aQuotientWithMoreThanFourDecimalsIsShownToFourHalfUp() {
        BigDecimal quotient = new BigDecimal("36228.25").multiply(BigDecimal.TEN)
                .divide(new BigDecimal("11"), java.math.MathContext.DECIMAL128);
        assertThat(ShownQuotient.approximate(quotient)).isTrue();
        assertThat(ShownQuotient.shown(quotient)).isEqualByComparingTo("32934.7727");
        // 0.00005 rounds up at the fourth decimal
        assertThat(ShownQuotient.shown(new BigDecimal("1.00005"))).isEqualByComparingTo("1.0001");
    }

    @Test
    void aFigureOfFourDecimalsOrFewerIsShownAsItIs() {
        assertThat(ShownQuotient.approximate(new BigDecimal("32934.7700000"))).isFalse();
        assertThat(ShownQuotient.shown(new BigDecimal("1.2345"))).isEqualByComparingTo("1.2345");
        assertThat(ShownQuotient.approximate(null)).isFalse();
    }
}
