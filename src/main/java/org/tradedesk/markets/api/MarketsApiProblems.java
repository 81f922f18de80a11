package org.tradedesk.markets.api;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.tradedesk.markets.ParameterInvalid;

/**
 * The markets API's parameter problems, once for every controller of this package (they were repeated in four): a parameter
 * that is not valid, and a number parameter that is not one, as a 400 problem detail naming the field by its label in the
 * reader's language with {@code errors: [{field, label, message}]}. Answers before the platform's handler (which gives
 * TradedeskException and Spring's own errors no label), as clearance's module advice does.
 */
@RestControllerAdvice(basePackageClasses = MarketsApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MarketsApiProblems {

    private static final Set<String> YEARS = Set.of("from", "to", "year");

    private final MessageSource messages;

    MarketsApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ParameterInvalid.class)
    ResponseEntity<ProblemDetail> invalidParameter(ParameterInvalid e) {
        return ParameterProblems.of(e, messages);
    }

    /**
     * A number parameter that is not one (from=abc) or too long for one (from=99999999999): named by its label and saying
     * what is wrong — a year out of range is not "not a number".
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        String field = e.getName();
        String value = e.getValue() == null ? "" : String.valueOf(e.getValue());
        ParameterInvalid invalid = value.strip().matches("-?[0-9]+") && YEARS.contains(field)
                ? new ParameterInvalid(field, value, "markets.query.reason.year-range", "1900", "2100")
                : new ParameterInvalid(field, value, "markets.query.reason.not-a-whole-number");
        return ParameterProblems.of(invalid, messages);
    }
}
