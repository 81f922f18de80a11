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

/** A percentage rate typed as a number (17.5 = 17.5 %): from 0 to {@link Bounds#MAX_PERCENT}, at most six decimals. */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = Percent.Check.class)
public @interface Percent {

    String message() default "{platform.bounds.percent}";

    long max() default 1000;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Percent, BigDecimal> {
        private BigDecimal max;

        @Override
        public void initialize(Percent bound) {
            max = BigDecimal.valueOf(bound.max());
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || (value.signum() >= 0 && value.compareTo(max) <= 0
                    && Bounds.fractionDigits(value) <= Bounds.AMOUNT_FRACTION_DIGITS);
        }
    }
}
