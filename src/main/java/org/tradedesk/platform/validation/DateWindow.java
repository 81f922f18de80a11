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
import java.time.LocalDate;

/**
 * A date (or the date of a date-time) between {@code min} and {@code max} (ISO dates, both included), by default the window of
 * {@link Bounds#EARLIEST_DATE} to {@link Bounds#LATEST_DATE} that tariffs, rates and calculations
 * live in; with {@code notInFuture} also not after today (a consent given, a call logged), checked
 * against the validator's clock (the application's) by {@link org.tradedesk.platform.BusinessCalendar#latestToday(java.time.Clock, java.time.ZoneId)},
 * the rule of {@code BusinessCalendar.latestToday()} (the application's clock is in {@code tradedesk.time-zone}): the
 * latest day of the zones the desk serves and the product's, so a Sydney user is not refused their own today. A date that belongs to
 * a jurisdiction (a clearance file's) is bounded by that jurisdiction's day in the domain, not here.
 * 9999-12-31 and 1800-01-01 are typing errors.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = DateWindow.Check.class)
public @interface DateWindow {

    String message() default "{platform.bounds.date}";

    String min() default Bounds.EARLIEST;

    String max() default Bounds.LATEST;

    boolean notInFuture() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** For a {@link LocalDate} or a date-time ({@link java.time.LocalDateTime}, by its date). */
    class Check implements ConstraintValidator<DateWindow, java.time.temporal.Temporal> {
        private LocalDate min;
        private LocalDate max;
        private boolean notInFuture;

        @Override
        public void initialize(DateWindow window) {
            min = LocalDate.parse(window.min());
            max = LocalDate.parse(window.max());
            notInFuture = window.notInFuture();
        }

        @Override
        public boolean isValid(java.time.temporal.Temporal temporal, ConstraintValidatorContext context) {
            if (temporal == null) {
                return true;
            }
            LocalDate value = LocalDate.from(temporal);
            if (value.isBefore(min) || value.isAfter(max)) {
                // the window's dates in the reader's date format (1900/01/01, 1 Jan 1900), not ISO (acceptance review t1fixG 10):
                // the product's window is worded by its own message; another window is given by its ISO ends
                if (min.equals(Bounds.EARLIEST_DATE) && max.equals(Bounds.LATEST_DATE)) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("{platform.bounds.date.window}").addConstraintViolation();
                }
                return false;
            }
            java.time.Clock clock = context.getClockProvider().getClock();
            if (notInFuture && value.isAfter(org.tradedesk.platform.BusinessCalendar.latestToday(clock, clock.getZone()))) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{platform.bounds.date.future}").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
