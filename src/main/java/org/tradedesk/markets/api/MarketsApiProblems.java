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
    private final org.tradedesk.platform.MessageTexts texts;

    MarketsApiProblems(MessageSource messages, org.tradedesk.platform.MessageTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    /**
     * A refusal worded whole that concerns one field ({@code markets.tariff.market.no-line}): its own code and detail, with
     * {@code errors: [{field, label, message}]} as every parameter problem has (t2fixO).
     */
    @ExceptionHandler(org.tradedesk.markets.FieldRefused.class)
    ResponseEntity<ProblemDetail> fieldRefused(org.tradedesk.markets.FieldRefused e) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String detail = texts.render(e.messageText(), locale);
        String label = MarketsApiFieldLabels.marketLabel(e.field(), messages, locale);
        if (label == null) {
            label = messages.getMessage(new ParameterInvalid.Label(e.field()), locale);
        }
        org.springframework.http.HttpStatus status = e.kind() == org.tradedesk.shared.TradedeskException.Kind.NOT_FOUND
                ? org.springframework.http.HttpStatus.NOT_FOUND : org.springframework.http.HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setType(java.net.URI.create("urn:tradedesk:problem:" + e.messageCode()));
        problem.setProperty("code", e.messageCode());
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", e.field(), "label", label.strip(), "message", detail)));
        return ResponseEntity.status(status).body(problem);
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
