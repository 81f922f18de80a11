package org.tradedesk.taxes.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.List;
import org.tradedesk.platform.validation.Bounds;
import org.tradedesk.shared.TradedeskException;

/**
 * Typed measures ({@code duty=100000%}) or one typed duty whose ad valorem rates stay within
 * {@link Bounds#MAX_PERCENT}: {@link DutyRate} over each expression of the form's text. A text that does not parse is left to the engine, which names the
 * position of the mistake.
 */
@Retention(RUNTIME)
@Target({FIELD, RECORD_COMPONENT})
@Constraint(validatedBy = MeasureRates.Check.class)
@interface MeasureRates {

    String message() default "{platform.bounds.duty-rate}";

    long max() default 1000;

    /** True for a field holding {@code key=expression} pairs, false for one expression. */
    boolean pairs() default true;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MeasureRates, String> {
        private boolean pairs;

        @Override
        public void initialize(MeasureRates bound) {
            pairs = bound.pairs();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.isBlank()) {
                return true;
            }
            Collection<String> expressions;
            try {
                expressions = pairs ? MeasuresText.parse(text).values() : List.of(text);
            } catch (TradedeskException malformed) {
                return true;
            }
            return expressions.stream().allMatch(Bounds::dutyFits);
        }
    }
}
