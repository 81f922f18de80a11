package org.tradedesk.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * An amount, a quantity or a rate of exchange that fits the database's NUMERIC(24,6) columns with
 * room for sums: at most {@link Bounds#AMOUNT_INTEGER_DIGITS} digits before the point and
 * {@link Bounds#AMOUNT_FRACTION_DIGITS} after it. {@code 1e308} or a 40-digit value is a typing
 * error, not an invoice. Rates of exchange are stored with 10 decimals: {@code @Amount(fraction = 10)}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = Amount.Check.class)
public @interface Amount {

    String message() default "{platform.bounds.amount}";

    int integer() default Bounds.AMOUNT_INTEGER_DIGITS;

    int fraction() default Bounds.AMOUNT_FRACTION_DIGITS;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Amount, BigDecimal> {
        private int integer;
        private int fraction;

        @Override
        public void initialize(Amount bound) {
            integer = bound.integer();
            fraction = bound.fraction();
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || (Bounds.integerDigits(value) <= integer && Bounds.fractionDigits(value) <= fraction);
        }
    }
}
