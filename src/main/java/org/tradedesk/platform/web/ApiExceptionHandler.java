package org.tradedesk.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tradedesk.shared.TradedeskException;

/**
 * Every REST error as an RFC 9457 problem detail: a status, a title, a detail in the caller's
 * language, the message {@code code}, and for invalid input the list of {@code errors} naming
 * each field. Never a bare 500 for a business failure.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TradedeskException.class)
    ResponseEntity<ProblemDetail> business(TradedeskException e) {
        HttpStatus status = ErrorStatus.of(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, localized(e));
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create("urn:tradedesk:problem:" + e.messageCode()));
        problem.setProperty("code", e.messageCode());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleEdit(ObjectOptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("error.stale-edit", null,
                        "Someone else changed this record after you opened it; reload and apply your change again.",
                        LocaleContextHolder.getLocale()));
        problem.setTitle("Conflict");
        problem.setProperty("code", "error.stale-edit");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages.getMessage("error.403",
                null, "Your role does not allow this action.", LocaleContextHolder.getLocale()));
        problem.setTitle("Forbidden");
        problem.setProperty("code", "error.forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(fe -> errors.add(Map.of(
                "field", fe.getField(),
                "message", messages.getMessage(fe, LocaleContextHolder.getLocale()),
                "rejectedValue", String.valueOf(fe.getRejectedValue()))));
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(Map.of(
                "field", ge.getObjectName(),
                "message", messages.getMessage(ge, LocaleContextHolder.getLocale()))));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid input: " + errors.stream().map(m -> m.get("field") + " " + m.get("message")).toList());
        problem.setTitle("Bad Request");
        problem.setProperty("code", "error.validation");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = JsonErrorPath.of(ex);
        String detail = field == null
                ? "The request body is not valid JSON of the expected shape."
                : "The value of '" + field + "' cannot be read: " + JsonErrorPath.reason(ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad Request");
        problem.setProperty("code", "error.unreadable");
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", JsonErrorPath.reason(ex))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private String localized(TradedeskException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e.messageCode(), e.arguments(), e.getMessage(), locale);
    }
}
