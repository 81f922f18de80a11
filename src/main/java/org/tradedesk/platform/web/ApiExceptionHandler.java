package org.tradedesk.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tradedesk.shared.TradedeskException;

/**
 * Every REST error as an RFC 9457 problem detail: a status, a title, a detail in the caller's
 * language, the message {@code code}, and for invalid input the list of {@code errors} naming
 * each field. Never a bare 500 for a business failure. Spring's own errors (unknown path, wrong
 * method or content type, a parameter that does not convert) go through
 * {@link #handleExceptionInternal}, which gives them the same {@code code} and {@code errors}.
 * Errors raised before a controller is chosen reach this class through {@link ApiRoutingErrors}.
 */
@RestControllerAdvice(annotations = RestController.class)
// just after the highest: a module's advice scoped to its API package (clearance.api.ClearanceApiErrors) answers first
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;
    private final org.tradedesk.platform.MessageTexts texts;
    private final FieldMessages fieldMessages;

    private final List<org.tradedesk.platform.ApiFieldLabels> fieldLabels;

    ApiExceptionHandler(MessageSource messages, org.tradedesk.platform.MessageTexts texts) {
        this(messages, texts, List.of());
    }

    @org.springframework.beans.factory.annotation.Autowired
    ApiExceptionHandler(MessageSource messages, org.tradedesk.platform.MessageTexts texts,
            List<org.tradedesk.platform.ApiFieldLabels> fieldLabels) {
        this.messages = messages;
        this.texts = texts;
        this.fieldMessages = new FieldMessages(messages);
        this.fieldLabels = List.copyOf(fieldLabels);
    }

    @ExceptionHandler(TradedeskException.class)
    ResponseEntity<ProblemDetail> business(TradedeskException e) {
        HttpStatus status = ErrorStatus.of(e);
        if (e.kind() == TradedeskException.Kind.FAULT) {
            // the product's fault: the reader's text and an incident number; the cause (a template, an exception) only in the log
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class).error("API incident {}", incident, e);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, localized(e) + " (" + incident + ")");
            problem.setTitle(title(status));
            problem.setType(URI.create("urn:tradedesk:problem:" + e.messageCode()));
            problem.setProperty("code", e.messageCode());
            problem.setProperty("incident", incident);
            return ResponseEntity.status(status).body(problem);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, localized(e));
        problem.setTitle(title(status));
        problem.setType(URI.create("urn:tradedesk:problem:" + e.messageCode()));
        problem.setProperty("code", e.messageCode());
        e.problemProperties().forEach((name, value) -> problem.setProperty(name, value instanceof List<?> list
                ? list.stream().map(this::rendered).toList() : rendered(value)));
        return ResponseEntity.status(status).body(problem);
    }

    /**
     * Anything unforeseen is the product's fault: still a problem detail, with an incident number the
     * log carries next to the stack trace, never the trace itself. (A transaction that failed has
     * rolled back, which the generic message says.)
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (org.tradedesk.platform.DatabaseOutage.isCause(e)) {
            return databaseUnavailable(e);
        }
        String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
        org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class).error("API incident {}", incident, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                message("error.generic") + " (" + incident + ")");
        problem.setTitle(title(HttpStatus.INTERNAL_SERVER_ERROR));
        problem.setProperty("code", "error.internal");
        problem.setProperty("incident", incident);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    /** The database cannot be reached: 503 with Retry-After, not a product error (see {@link org.tradedesk.platform.DatabaseOutage}). */
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class).warn("Database unavailable, API answered 503: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                message(org.tradedesk.platform.DatabaseOutage.CODE));
        problem.setTitle(title(HttpStatus.SERVICE_UNAVAILABLE));
        problem.setType(URI.create("urn:tradedesk:problem:" + org.tradedesk.platform.DatabaseOutage.CODE));
        problem.setProperty("code", org.tradedesk.platform.DatabaseOutage.CODE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(org.tradedesk.platform.DatabaseOutage.RETRY_AFTER_SECONDS)).body(problem);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleEdit(ObjectOptimisticLockingFailureException e) {
        // the same answer as a module's own version check: one condition, one code
        return business(new org.tradedesk.platform.StaleEdit(String.valueOf(e.getPersistentClassName())));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message("error.403"));
        problem.setTitle(title(HttpStatus.FORBIDDEN));
        problem.setProperty("code", "error.forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = new ArrayList<>();
        // the detail names a field by its label in the reader's language where a bundle gives one (api.field.<body>.<field>)
        // or the controller's module names it (ApiFieldLabels, as for a body it cannot read); the path stays in errors[].field
        List<String> labels = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(fe -> {
            String label = messages.getMessage(new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[] {"api.field." + fe.getObjectName() + "." + fe.getField()}, null, ""), locale);
            label = label == null || label.isBlank() ? fieldLabel(request, fe.getField()) : label;
            labels.add(label);
            errors.add(Map.of(
                    "field", fe.getField(),
                    "label", label,
                    "message", messages.getMessage(fe, locale),
                    "rejectedValue", String.valueOf(fe.getRejectedValue())));
        });
        ex.getBindingResult().getGlobalErrors().forEach(ge -> {
            errors.add(Map.of(
                    "field", ge.getObjectName(),
                    "message", messages.getMessage(ge, locale)));
            labels.add(ge.getObjectName());
        });
        return ResponseEntity.badRequest().body(invalid(errors, labels));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = JsonErrorPath.of(ex);
        ProblemDetail problem;
        if (field == null) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("error.unreadable.detail"));
        } else {
            String reason = unreadableReason(ex, request, field);
            // people read the field's label in their language, machines its path (issue 6)
            String label = fieldLabel(request, field);
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    message("error.unreadable.at-field", label, reason));
            Map<String, Object> error = new java.util.LinkedHashMap<>();
            error.put("field", field);
            error.put("label", label);
            error.put("message", reason);
            problem.setProperty("errors", List.of(error));
        }
        problem.setTitle(title(HttpStatus.BAD_REQUEST));
        problem.setProperty("code", "error.unreadable");
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * The label of {@code field} of the body sent to the request's controller as the controller's module names it
     * ({@link org.tradedesk.platform.ApiFieldLabels}), in the reader's language; the path itself when no module names it.
     */
    private String fieldLabel(WebRequest request, String field) {
        Object handler = request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        if (!(handler instanceof org.springframework.web.method.HandlerMethod method)) {
            return field;
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (org.tradedesk.platform.ApiFieldLabels labels : fieldLabels) {
            java.util.Optional<String> label = labels.label(method.getBeanType(), field, locale);
            if (label.isPresent() && !label.get().isBlank()) {
                return label.get();
            }
        }
        return field;
    }

    /** The values the controller's module accepts in {@code field} where fewer than its type holds; null for all. */
    private List<String> allowedValues(WebRequest request, String field) {
        Object handler = request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        if (!(handler instanceof org.springframework.web.method.HandlerMethod method)) {
            return null;
        }
        for (org.tradedesk.platform.ApiFieldLabels labels : fieldLabels) {
            java.util.Optional<List<String>> allowed = labels.allowedValues(method.getBeanType(), field);
            if (allowed.isPresent()) {
                return allowed.get();
            }
        }
        return null;
    }

    /**
     * Spring's own problem details lack our {@code code} and {@code errors}, and their details are
     * English only; this is where every one of them passes.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null || !(response.getBody() instanceof ProblemDetail problem)) {
            return response;
        }
        // only a 400 is the caller's input; a conversion the server cannot do (500) is not "invalid input"
        List<Map<String, Object>> errors = statusCode.value() == 400 ? parameterErrors(ex, request) : List.of();
        if (!errors.isEmpty()) {
            ProblemDetail invalid = invalid(errors);
            invalid.setStatus(problem.getStatus());
            invalid.setInstance(problem.getInstance());
            return new ResponseEntity<>(invalid, response.getHeaders(), response.getStatusCode());
        }
        String code = codeOf(ex);
        problem.setProperty("code", code);
        problem.setTitle(title(statusCode));
        String detail = null;
        if (ex instanceof org.tradedesk.platform.StrictJsonBodies.TooLarge e) {
            detail = message(code, String.valueOf(e.mebibytes()));
        } else if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException e) {
            // the limit named when Spring knows it (RequestShape answers the container's own refusal the same way)
            detail = RequestShape.uploadLimit(e) > 0 ? message(code, RequestShape.megabytes(RequestShape.uploadLimit(e)))
                    : message("error.upload.too-large.unknown");
        } else if (ex instanceof NoResourceFoundException e) {
            detail = message(code, "/" + e.getResourcePath());
        } else if (ex instanceof HttpRequestMethodNotSupportedException e) {
            detail = message(code, e.getMethod(), e.getSupportedHttpMethods() == null ? ""
                    : e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", ")));
        } else if (ex instanceof HttpMediaTypeNotSupportedException e) {
            detail = message(code, e.getContentType() == null ? "" : e.getContentType().toString(),
                    MediaType.toString(e.getSupportedMediaTypes()));
        } else if (ex instanceof HttpMediaTypeNotAcceptableException e) {
            detail = message(code, MediaType.toString(e.getSupportedMediaTypes()));
        }
        if (detail != null) {
            problem.setDetail(detail);
        }
        return response;
    }

    /** The parameter or part at fault, for errors Spring reports about the request rather than its body. */
    private List<Map<String, Object>> parameterErrors(Exception ex, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (ex instanceof TypeMismatchException e) {
            // named by its label where the controller's module gives one (「試算編號 值不正確」, not 「id 值不正確」: t1fixG 2)
            String name = e.getPropertyName() == null ? "" : e.getPropertyName();
            return List.of(Map.of(
                    "field", name,
                    "label", name.isEmpty() ? name : fieldLabel(request, name),
                    "message", fieldMessages.expected(e.getRequiredType(), locale),
                    "rejectedValue", String.valueOf(e.getValue())));
        }
        if (ex instanceof MissingServletRequestParameterException e) {
            // named by its label where the controller's module gives one (「客戶 為必填」, not 「clientId 為必填」: review r-t1b 12)
            return List.of(Map.of("field", e.getParameterName(), "label", fieldLabel(request, e.getParameterName()),
                    "message", message("NotNull")));
        }
        if (ex instanceof MissingServletRequestPartException e) {
            // the upload's part by name, as pages say it (issue 11)
            return List.of(Map.of("field", e.getRequestPartName(), "message", message("error.upload.part-missing", e.getRequestPartName())));
        }
        if (ex instanceof HandlerMethodValidationException e) {
            return e.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.<String, Object>of(
                            "field", String.valueOf(result.getMethodParameter().getParameterName()),
                            "message", messages.getMessage(error, locale))))
                    .toList();
        }
        return List.of();
    }

    private static String codeOf(Exception ex) {
        if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return RequestShape.UPLOAD_TOO_LARGE;
        }
        if (ex instanceof org.tradedesk.platform.StrictJsonBodies.TooLarge) {
            return "error.api.body-too-large";
        }
        if (ex instanceof NoResourceFoundException) {
            return "error.api.not-found";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return "error.api.method-not-allowed";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "error.api.unsupported-media-type";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "error.api.not-acceptable";
        }
        return "error.api.request";
    }

    /** One language for the whole detail: the prefix comes from the bundle, like the field messages. */
    private ProblemDetail invalid(List<Map<String, Object>> errors) {
        return invalid(errors, errors.stream().map(m -> String.valueOf(m.getOrDefault("label", m.get("field")))).toList());
    }

    /** {@code labels}: how the detail names each error's field; joined with the language's separator (；in Chinese). */
    private ProblemDetail invalid(List<Map<String, Object>> errors, List<String> labels) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < errors.size(); i++) {
            // the field and its message as the language joins them (「試算編號：值不正確」, not 「試算編號 值不正確」: t1fixM minor 7)
            parts.add(message("error.validation.field", labels.get(i), errors.get(i).get("message")));
        }
        String listed = String.join(messages.getMessage("error.validation.separator", null, "; ", LocaleContextHolder.getLocale()), parts);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                message("error.validation.detail", listed));
        problem.setTitle(title(HttpStatus.BAD_REQUEST));
        problem.setProperty("code", "error.validation");
        problem.setProperty("errors", errors);
        return problem;
    }

    private String unreadableReason(HttpMessageNotReadableException ex, WebRequest request, String field) {
        TradedeskException business = JsonErrorPath.businessCause(ex);
        if (business != null && StrictJson.NumberOutOfBounds.CODE.equals(business.messageCode())) {
            // a number past the edge's bounds in a field with its own (an @Amount): the field's bounds, the ones it enforces
            Object handler = request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                    org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
            int[] bounds = FieldAmountBounds.of(handler instanceof org.springframework.web.method.HandlerMethod m ? m : null, field);
            Object[] args = business.arguments();
            if (bounds != null && args.length > 2) {
                return message(StrictJson.NumberOutOfBounds.CODE, bounds[0], bounds[1], args[2]);
            }
        }
        if (business != null) {
            return localized(business);
        }
        Class<?> target = JsonErrorPath.targetType(ex);
        return fieldMessages.expected(target, allowedValues(request, field), LocaleContextHolder.getLocale());
    }

    /** A page path that does not exist, asked for by a client that is not a browser: said as a page, not an API endpoint. */
    void pageNotFound(ProblemDetail problem, String path) {
        problem.setProperty("code", "error.page.not-found");
        problem.setDetail(message("error.page.not-found", path));
    }

    /** The status's title in the caller's language (RFC 9457 says a title is for people). */
    private String title(org.springframework.http.HttpStatusCode status) {
        String fallback = status instanceof HttpStatus known ? known.getReasonPhrase() : String.valueOf(status.value());
        return messages.getMessage("problem.title." + status.value(), null, fallback, LocaleContextHolder.getLocale());
    }

    private Object rendered(Object value) {
        return value instanceof org.springframework.context.MessageSourceResolvable r
                ? messages.getMessage(r, LocaleContextHolder.getLocale()) : value;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    private String localized(TradedeskException e) {
        return BusinessMessages.of(messages, texts, e, LocaleContextHolder.getLocale());
    }
}
