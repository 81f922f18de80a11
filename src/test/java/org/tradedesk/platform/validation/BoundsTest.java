package org.tradedesk.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The input bounds every module shares, without Spring: amounts that fit NUMERIC(24,6), rates up to
 * 1,000 %, dates from 1900 to 2100 (and not after today where the date records something done).
 */
class BoundsTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Invoice(@Amount BigDecimal value, @Amount(fraction = 10) BigDecimal rate, @Percent BigDecimal duty,
            @DateWindow LocalDate date, @DateWindow(notInFuture = true) LocalDateTime loggedAt, @DutyRate String expression) {
    }

    static int violations(Invoice i) {
        return VALIDATOR.validate(i).size();
    }

    static Invoice ok() {
        return new Invoice(new BigDecimal("742492"), new BigDecimal("30.1234567890"), new BigDecimal("17.5"), LocalDate.of(2018, 3, 1),
                LocalDateTime.of(2026, 1, 5, 9, 30), "MAX(10%, 38 TWD/pr)");
    }

    /** Code read R2: the int difference precision − scale overflowed for 1e2147483647, so the number "fitted" and was stored. */
    @Test
    void anExponentAtTheLimitOfAnIntIsNoSmallNumber() {
        BigDecimal huge = new BigDecimal("1e2147483647");
        assertThat(Bounds.integerDigits(huge)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Bounds.amountFits(huge)).isFalse();
        assertThat(Bounds.amountFits(new BigDecimal("-1e2147483647"))).isFalse();
        assertThat(Bounds.amountFits(new BigDecimal("1e-2147483647"))).isFalse();
        assertThat(violations(new Invoice(huge, null, null, null, null, null))).isEqualTo(1);
    }

    @Test
    void ordinaryFiguresPass() {
        assertThat(violations(ok())).isZero();
        assertThat(violations(new Invoice(new BigDecimal("999999999999999.999999"), null, new BigDecimal("1000"), LocalDate.of(1900, 1, 1),
                null, "1000%"))).isZero();
        assertThat(violations(new Invoice(new BigDecimal("1.500000000"), null, null, LocalDate.of(2100, 12, 31), null, "5 % + ")))
                .as("trailing zeros are not digits; an unparsable duty is the parser's to report").isZero();
    }

    @Test
    void hugeOrOverPreciseAmountsAreRefused() {
        assertThat(violations(new Invoice(new BigDecimal("1e308"), null, null, null, null, null))).isEqualTo(1);
        assertThat(violations(new Invoice(new BigDecimal("1234567890123456789012345678901234567890"), null, null, null, null, null)))
                .isEqualTo(1);
        assertThat(violations(new Invoice(new BigDecimal("1000000000000000"), null, null, null, null, null))).as("16 digits").isEqualTo(1);
        assertThat(violations(new Invoice(new BigDecimal("0.1234567"), null, null, null, null, null))).isEqualTo(1);
        assertThat(violations(new Invoice(null, new BigDecimal("0.12345678901"), null, null, null, null))).isEqualTo(1);
    }

    @Test
    void absurdRatesAreRefused() {
        assertThat(violations(new Invoice(null, null, new BigDecimal("100000"), null, null, null))).isEqualTo(1);
        assertThat(violations(new Invoice(null, null, new BigDecimal("-1"), null, null, null))).isEqualTo(1);
        assertThat(violations(new Invoice(null, null, null, null, null, "100000%"))).isEqualTo(1);
        assertThat(violations(new Invoice(null, null, null, null, null, "MAX(10%, 2000%)"))).isEqualTo(1);
    }

    @Test
    void datesOutsideTheWindowOrInTheFutureAreRefused() {
        assertThat(violations(new Invoice(null, null, null, LocalDate.of(9999, 12, 31), null, null))).isEqualTo(1);
        assertThat(violations(new Invoice(null, null, null, LocalDate.of(1800, 1, 1), null, null))).isEqualTo(1);
        assertThat(violations(new Invoice(null, null, null, null, LocalDateTime.now().plusDays(2), null))).isEqualTo(1);
        assertThat(violations(new Invoice(null, null, null, null, LocalDateTime.of(1899, 12, 31, 23, 0), null))).isEqualTo(1);
    }
}
