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

/**
 * A duty expression ({@code 17.5%}, {@code MAX(10%, 38 TWD/pr)}) whose ad valorem rates stay within
 * {@link Bounds#MAX_PERCENT} and whose amounts fit {@link Amount}: {@code 100000%} is a typing error.
 * A text that does not parse is left to the parser's own error, which names the position.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = DutyRate.Check.class)
public @interface DutyRate {

    String message() default "{platform.bounds.duty-rate}";

    long max() default 1000;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DutyRate, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return Bounds.dutyFits(text);
        }
    }
}
