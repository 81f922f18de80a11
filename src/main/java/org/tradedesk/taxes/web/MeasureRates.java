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
import org.tradedesk.shared.duty.DutyExpression;

/**
 * Typed measures ({@code duty=100000%}) or one typed duty whose ad valorem rates stay within
 * {@link Bounds#MAX_PERCENT}. A text that does not parse is left to the engine, which names the
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
            for (String expression : expressions) {
                try {
                    if (!withinBounds(DutyExpression.parse(expression))) {
                        return false;
                    }
                } catch (TradedeskException malformed) {
                    // the engine reports it with the position of the mistake
                }
            }
            return true;
        }

        private static boolean withinBounds(DutyExpression e) {
            if (e instanceof DutyExpression.AdValorem a) {
                return Bounds.percentFits(a.percent());
            }
            if (e instanceof DutyExpression.Specific s) {
                return Bounds.amountFits(s.amount());
            }
            if (e instanceof DutyExpression.Fixed f) {
                return Bounds.amountFits(f.amount());
            }
            if (e instanceof DutyExpression.Sum s) {
                return s.terms().stream().allMatch(Check::withinBounds);
            }
            if (e instanceof DutyExpression.Bounded b) {
                return withinBounds(b.value()) && withinBounds(b.limit());
            }
            return !(e instanceof DutyExpression.Extreme x) || x.alternatives().stream().allMatch(Check::withinBounds);
        }
    }
}
