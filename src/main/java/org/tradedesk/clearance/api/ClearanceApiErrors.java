package org.tradedesk.clearance.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tradedesk.clearance.CaptureInvalid;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.clearance.DuplicateDocument;
import org.tradedesk.clearance.messages.UnreadableMessage;
import org.tradedesk.platform.MessageTextJson;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.platform.validation.Bounds;
import org.tradedesk.shared.TradedeskException;

/**
 * The errors of every clearance API controller (this package only), in one shape: an RFC 9457 problem detail with the
 * status, a title and detail in the reader's language, the message {@code code}, and {@code errors[]} — each with the
 * {@code field} (the JSON property), its {@code label} and the {@code message} in the reader's language (empty for an
 * error that is not about a field: not found, conflict). An unreadable file also names where ({@code location},
 * {@code locationText}) and why ({@code reason}). Ordered before the platform's handler, which still answers what this
 * class does not take (bean validation, unreadable JSON, anything unforeseen) with the same {@code code} and
 * {@code errors[]}.
 */
@RestControllerAdvice(basePackageClasses = ClearanceApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClearanceApiErrors {

    private final MessageTexts texts;
    private final MessageSource messages;

    private final tools.jackson.databind.json.JsonMapper json;

    private final jakarta.validation.Validator validator;

    /** Without a validator: a body's other constraints are not checked when one of its values cannot be read. */
    ClearanceApiErrors(MessageTexts texts, MessageSource messages, tools.jackson.databind.json.JsonMapper json) {
        this(texts, messages, json, (jakarta.validation.Validator) null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ClearanceApiErrors(MessageTexts texts, MessageSource messages, tools.jackson.databind.json.JsonMapper json,
            org.springframework.beans.factory.ObjectProvider<jakarta.validation.Validator> validator) {
        this(texts, messages, json, validator.getIfAvailable());
    }

    private ClearanceApiErrors(MessageTexts texts, MessageSource messages, tools.jackson.databind.json.JsonMapper json,
            jakarta.validation.Validator validator) {
        this.validator = validator;
        this.texts = texts;
        this.messages = messages;
        this.json = json;
    }

    /**
     * A file that is not a message the desk reads (an invoice, a customs response): 400 naming the line, segment or
     * element and the reason; nothing stored.
     */
    @ExceptionHandler(UnreadableMessage.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableMessage e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String reason = texts.render(e.reason(), locale);
        String location = e.location() == null ? "" : e.location();
        // the location in the reader's language (第 26 行，區段 UNT…); "location" stays the plain form for programs
        String where = e.locationText() == null ? "" : texts.render(e.locationText(), locale);
        String code = request.getRequestURI().contains("/responses") ? "clearance.response.unreadable" : "clearance.document.unreadable";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, code, where.isBlank() || e.reasonSaysWhere() ? reason
                : messages.getMessage("clearance.document.unreadable.at", new Object[] {where, reason}, locale), List.of(error("file", reason, locale)));
        problem.setProperty("reason", MessageTextJson.rendered(e.reason(), locale, texts));
        problem.setProperty("location", location);
        problem.setProperty("locationText", where);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) problem.getProperties().get("errors")).get(0);
        first.put("location", location);
        return ResponseEntity.badRequest().body(problem);
    }

    /** The same file already in the transaction: 409 naming and linking the document that holds it; nothing stored. */
    @ExceptionHandler(DuplicateDocument.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateDocument e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String detail = detail(e, locale);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.messageCode(), detail, List.of(error("file", detail, locale)));
        String path = request.getRequestURI();
        String base = path.endsWith("/documents") ? path : path.substring(0, Math.max(0, path.lastIndexOf('/')));
        problem.setProperty("existingDocumentId", e.existingDocumentId());
        problem.setProperty("existingDocument", base + "/" + e.existingDocumentId());
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.LOCATION, base + "/" + e.existingDocumentId()).body(problem);
    }

    /** The finding already has its issue: 409 naming and linking that issue (Location); no second issue opened. */
    @ExceptionHandler(org.tradedesk.clearance.FindingHasIssue.class)
    ResponseEntity<ProblemDetail> findingHasIssue(org.tradedesk.clearance.FindingHasIssue e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String detail = detail(e, locale);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.messageCode(), detail, List.of(error("findingKey", detail, locale)));
        String path = request.getRequestURI();
        String issue = path.substring(0, path.lastIndexOf('/')) + "/" + e.issueId();
        problem.setProperty("existingIssueId", e.issueId());
        problem.setProperty("existingIssue", issue);
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.LOCATION, issue).body(problem);
    }

    /** The same customs response file already recorded: 409 naming and linking the response that holds it; nothing stored. */
    @ExceptionHandler(org.tradedesk.clearance.DuplicateResponse.class)
    ResponseEntity<ProblemDetail> duplicateResponse(org.tradedesk.clearance.DuplicateResponse e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String detail = detail(e, locale);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.messageCode(), detail, List.of(error("file", detail, locale)));
        String path = request.getRequestURI();
        String list = path.substring(0, path.indexOf("/responses") + "/responses".length());
        problem.setProperty("existingResponseId", e.existingResponseId());
        // the earlier response as users know it (kind, customs' date and reference), not "#response-<id>"; the id for machines
        problem.setProperty("existingResponse", texts.render(e.existingResponse(), locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.LOCATION, list).body(problem);
    }

    /** Typed invoice data refused: every field at fault at once. */
    @ExceptionHandler(CaptureInvalid.class)
    ResponseEntity<ProblemDetail> captureInvalid(CaptureInvalid e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = e.problems().stream().map(p -> error(p.field(), texts.render(p.reason(), locale), locale)).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.messageCode(),
                joined(messages.getMessage(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments(), locale), e.getMessage(), locale), errors, locale), errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A value refused: the field named, in the reader's language. */
    @ExceptionHandler(ClearanceInputInvalid.class)
    ResponseEntity<ProblemDetail> inputInvalid(ClearanceInputInvalid e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e.problems().size() > 1) {
            // every field at fault at once (t4fixU 1), as bean validation answers
            List<Map<String, Object>> errors = e.problems().stream().map(p -> error(p.field(), detail(p, locale), locale)).toList();
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.validation",
                    joined(messages.getMessage("error.validation", null, locale), errors, locale), errors));
        }
        String detail = detail(e, locale);
        Map<String, Object> error = error(e.field(), detail, locale);
        if ("clearance.request.unknown-property".equals(e.messageCode())) {
            // issue 8 F5: a key the body does not have is labelled as sent (items in a query's answer is no "Declaration items")
            error.put("label", e.field());
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, e.messageCode(), detail, List.of(error)));
    }

    /**
     * A body that cannot be read (issue 8: {@code "amount":1e30} had no {@code errors[]}): the field at fault with its label and,
     * for a number past its bounds, the bounds of that field — its {@code @Digits}, the product's amount bounds
     * ({@code platform.validation.Bounds}) for an {@code @Amount}, else the bounds of any number of a body — or, for a text
     * where a number is wanted, what was given; a body that is not JSON at all names no field.
     */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(org.springframework.http.converter.HttpMessageNotReadableException e,
            org.springframework.web.method.HandlerMethod handler) {
        Locale locale = LocaleContextHolder.getLocale();
        tools.jackson.core.JacksonException jackson = jackson(e);
        String field = jackson == null ? null : RequestFields.path(jackson);
        if (field == null) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.unreadable",
                    messages.getMessage("error.unreadable.detail", null, locale), List.of());
            return ResponseEntity.badRequest().body(problem);
        }
        TradedeskException business = business(e);
        Class<?> target = jackson instanceof tools.jackson.databind.exc.MismatchedInputException m ? m.getTargetType() : null;
        String code;
        String message;
        if (business != null && "platform.json.number-out-of-bounds".equals(business.messageCode())) {
            int[] bound = RequestFields.bound(handler, field);
            Object[] args = business.arguments();
            code = "clearance.request.number-out-of-bounds";
            message = messages.getMessage(code, new Object[] {args.length > 2 ? args[2] : "",
                    bound != null ? bound[0] : Bounds.AMOUNT_INTEGER_DIGITS, bound != null ? bound[1] : Bounds.AMOUNT_FRACTION_DIGITS}, locale);
        } else if (business != null) {
            code = "error.unreadable";
            message = detail(business, locale);
        } else if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class)
                && jackson instanceof tools.jackson.databind.exc.InvalidFormatException f) {
            code = "error.unreadable";
            message = typeMessage(target, String.valueOf(f.getValue()), locale);
        } else {
            code = "error.unreadable";
            message = expected(target, locale);
        }
        List<Map<String, Object>> errors = new java.util.ArrayList<>(List.of(error(field, message, locale)));
        // every other field of the body not of its type or past its bounds too, not only the first the reading stopped at
        // (t4fixM; t4fixU 1: a number past the bounds stopped the walk)
        List<BodyTypeErrors.Fault> faults = BodyTypeErrors.of(handler, json);
        for (BodyTypeErrors.Fault f : faults) {
            if (!f.path().equals(field)) {
                errors.add(error(f.path(), faultMessage(f, handler, locale), locale));
            }
        }
        // and what the rest of the body breaks of its own constraints (a negative count next to a date that is no date)
        errors.addAll(remainingConstraints(handler, faults, errors, locale));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, code,
                joined(messages.getMessage("error.validation", null, locale), errors, locale), errors));
    }

    /** A fault of the body besides the first: a number past its bounds says the bounds, else what the type takes. */
    private String faultMessage(BodyTypeErrors.Fault f, org.springframework.web.method.HandlerMethod handler, Locale locale) {
        if (f.refusal() == null) {
            return typeMessage(f.type(), f.value(), locale);
        }
        if ("platform.json.number-out-of-bounds".equals(f.refusal().messageCode())) {
            int[] bound = RequestFields.bound(handler, f.path());
            return messages.getMessage("clearance.request.number-out-of-bounds", new Object[] {clip(f.value()),
                    bound != null ? bound[0] : Bounds.AMOUNT_INTEGER_DIGITS, bound != null ? bound[1] : Bounds.AMOUNT_FRACTION_DIGITS}, locale);
        }
        return detail(f.refusal(), locale);
    }

    /**
     * The body's own constraints checked on what could be read of it (the values at fault left out), each field not already
     * named; none when the rest cannot be read either.
     */
    private List<Map<String, Object>> remainingConstraints(org.springframework.web.method.HandlerMethod handler,
            List<BodyTypeErrors.Fault> faults, List<Map<String, Object>> named, Locale locale) {
        java.lang.reflect.Type type = BodyTypeErrors.bodyType(handler);
        tools.jackson.databind.JsonNode body = BodyTypeErrors.kept(json);
        if (type == null || body == null || validator == null) {
            return List.of();
        }
        List<BodyTypeErrors.Fault> all = new java.util.ArrayList<>(faults);
        named.forEach(e -> all.add(new BodyTypeErrors.Fault(String.valueOf(e.get("field")), Object.class, "")));
        Object read;
        try {
            read = json.readerFor(json.constructType(type)).readValue(BodyTypeErrors.without(body, all));
        } catch (RuntimeException e) {
            return List.of();
        }
        if (read == null) {
            return List.of();
        }
        org.springframework.validation.BeanPropertyBindingResult binding = new org.springframework.validation.BeanPropertyBindingResult(read, "body");
        new org.springframework.validation.beanvalidation.SpringValidatorAdapter(validator).validate(read, binding);
        List<Map<String, Object>> out = new java.util.ArrayList<>(named);
        for (Map<String, Object> e : fieldErrors(binding, locale)) {
            if (!covered(out, String.valueOf(e.get("field")))) {
                out.add(e);
            }
        }
        out.addAll(serviceProblems(handler, read, out, locale));
        return out.subList(named.size(), out.size());
    }

    /** Whether errors[] names the field already (or an entry or member of it). */
    private static boolean covered(List<Map<String, Object>> errors, String field) {
        return errors.stream().map(e -> String.valueOf(e.get("field"))).anyMatch(f -> f.equals(field)
                || f.startsWith(field + "[") || f.startsWith(field + ".") || field.startsWith(f + "[") || field.startsWith(f + "."));
    }

    /** The service's checks of a body that breaks its constraints too ({@link CheckedBodies}), each field not already named. */
    private List<Map<String, Object>> serviceProblems(org.springframework.web.method.HandlerMethod handler, Object body,
            List<Map<String, Object>> named, Locale locale) {
        if (handler == null || body == null || !(handler.getBean() instanceof CheckedBodies checked)) {
            return List.of();
        }
        org.springframework.web.context.request.RequestAttributes attributes =
                org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        Object vars = attributes == null ? null : attributes.getAttribute(
                org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        @SuppressWarnings("unchecked")
        Map<String, String> pathVariables = vars instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
        List<ClearanceInputInvalid> problems;
        try {
            problems = checked.problemsOf(body, pathVariables);
        } catch (RuntimeException e) {
            return List.of(); // the file cannot be read (not found…): the constraints are answer enough
        }
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (ClearanceInputInvalid p : problems) {
            if (!covered(named, p.field()) && !covered(out, p.field())) {
                out.add(error(p.field(), detail(p, locale), locale));
            }
        }
        return out;
    }

    /**
     * Bean validation of a body: every field at fault with its label, in the reader's language; a number past its
     * {@code @Digits} or {@code @Amount} bounds says what was given and the bounds (issue 8).
     */
    @ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(org.springframework.web.bind.MethodArgumentNotValidException e,
            org.springframework.web.method.HandlerMethod handler) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = fieldErrors(e.getBindingResult(), locale);
        // and what the service refuses of it, at once (t4fixU 1: a future confirmedAt came only once the blanks were filled)
        errors.addAll(serviceProblems(handler, e.getBindingResult().getTarget(), errors, locale));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.validation",
                joined(messages.getMessage("error.validation", null, locale), errors, locale), errors));
    }

    private List<Map<String, Object>> fieldErrors(org.springframework.validation.BindingResult result, Locale locale) {
        List<Map<String, Object>> errors = new java.util.ArrayList<>();
        for (org.springframework.validation.FieldError fe : result.getFieldErrors()) {
            int[] bound = RequestFields.bound(fe);
            String message = bound == null ? messages.getMessage(fe, locale)
                    : messages.getMessage("clearance.request.number-out-of-bounds", new Object[] {clip(String.valueOf(fe.getRejectedValue())),
                            bound[0], bound[1]}, locale);
            Map<String, Object> error = error(fe.getField(), message, locale);
            error.put("rejectedValue", clip(String.valueOf(fe.getRejectedValue())));
            errors.add(error);
        }
        for (org.springframework.validation.ObjectError ge : result.getGlobalErrors()) {
            errors.add(error(ge.getObjectName(), messages.getMessage(ge, locale), locale));
        }
        return errors;
    }

    private static tools.jackson.core.JacksonException jackson(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j) {
                return j;
            }
        }
        return null;
    }

    private static TradedeskException business(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof TradedeskException b) {
                return b;
            }
        }
        return null;
    }

    /** A value not of its field's type, said as the first such field is: a number's value quoted, else what the type takes. */
    private String typeMessage(Class<?> type, String value, Locale locale) {
        if (notWhole(type, value)) {
            // t4fixZ2: a count given with decimals (packages 1.5) is no whole number, not a number out of bounds
            return messages.getMessage("clearance.capture.not-whole", new Object[] {clip(value)}, locale);
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return messages.getMessage("clearance.capture.not-a-number", new Object[] {clip(value)}, locale);
        }
        return expected(type, locale);
    }

    /** What a field of this type takes, as the platform says it (error.field.*). */
    private String expected(Class<?> type, Locale locale) {
        String key = type == null ? "error.field.invalid"
                : type.isEnum() ? "error.field.one-of"
                : type == java.time.LocalDate.class ? "error.field.date"
                : type == java.time.Instant.class || type == java.time.LocalDateTime.class || type == java.time.OffsetDateTime.class
                        ? "error.field.date-time"
                : type == Boolean.class || type == boolean.class ? "error.field.boolean"
                : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "error.field.number" : "error.field.invalid";
        Object[] args = type != null && type.isEnum() ? new Object[] {java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).collect(java.util.stream.Collectors.joining(", "))} : null;
        return messages.getMessage(key, args, locale);
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /**
     * A mail that could not go out (a client query, a declaration to confirm): no mail server configured is 503 — as on the
     * client's page (README) — and says in the API's words what an administrator configures (acceptance review F12a: the
     * API said "Your message is still in the form below"); a server that refused stays 409 with its reason. Nothing sent,
     * nothing recorded.
     */
    @ExceptionHandler(org.tradedesk.clients.MailNotSent.class)
    ResponseEntity<ProblemDetail> mailNotSent(org.tradedesk.clients.MailNotSent e) {
        if (!e.serverMissing()) {
            return business(e);
        }
        Locale locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage("clearance.api.mail-not-configured", null, locale);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e.messageCode(), detail, List.of()));
    }

    /**
     * The optimistic lock of a file, a document or an issue lost to a change committed meanwhile (issue 8 F1: parallel
     * sends of one declaration answered 500 with JPA's exception): 409, the stale-edit problem in the reader's language.
     */
    @ExceptionHandler({jakarta.persistence.OptimisticLockException.class,
            org.springframework.dao.OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> optimisticLock(RuntimeException e) {
        return business(new org.tradedesk.platform.StaleEdit("the clearance file"));
    }

    /** Any other business refusal of the clearance API (not found, conflict, forbidden): the same shape, no field. */
    @ExceptionHandler(TradedeskException.class)
    ResponseEntity<ProblemDetail> business(TradedeskException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case FAULT -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        ProblemDetail problem = problem(status, e.messageCode(), detail(e, LocaleContextHolder.getLocale()), List.of());
        // further members of the refusal (the lodged version of a declaration and where it is…)
        e.problemProperties().forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String code, String detail, List<Map<String, Object>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), LocaleContextHolder.getLocale()));
        problem.setType(URI.create("urn:tradedesk:problem:" + code));
        problem.setProperty("code", code);
        problem.setProperty("errors", errors);
        return problem;
    }

    private String detail(TradedeskException e, Locale locale) {
        if (e.messageText() != null) {
            return texts.render(e.messageText(), locale);
        }
        // a date argument in the reader's format (review t4 #6: "自 2026-11-01 起適用" read ISO inside a sentence)
        return messages.getMessage(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments(), locale), e.getMessage(), locale);
    }

    /**
     * The detail with each problem named by its label, in the reader's punctuation (review t4 #3: "擷取的發票有 11 個問題：
     * [currency: 不是…]" gave raw names, half-width separators): 「…：賣方國家：…；發票總額：…」.
     */
    private String joined(String lead, List<Map<String, Object>> errors, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        // issue 8 F12: each message's own full stop dropped before the list separator (it read 「…為必填。；…」), one at the end
        String each = errors.stream().map(m -> m.get("label") + (zh ? "：" : ": ") + String.valueOf(m.get("message")).strip()
                        .replaceAll("[。.]+$", ""))
                .collect(java.util.stream.Collectors.joining(messages.getMessage("error.validation.separator", null, zh ? "；" : "; ", locale)));
        return lead + (zh ? "" : " ") + each + (errors.isEmpty() ? "" : zh ? "。" : ".");
    }

    /** One entry of errors[]: the field, its label in the reader's language, the message. */
    private Map<String, Object> error(String field, String message, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", field);
        out.put("label", label(field, locale));
        out.put("message", message);
        return out;
    }

    /** The field's label: {@code clearance.api.field.<field>} (items[2].tariffCode → tariffCode), else the field as sent. */
    private String label(String field, Locale locale) {
        if (field == null) {
            return "";
        }
        String last = field.replaceAll("^.*\\.", "").replaceAll("\\[\\d+]", "");
        // issue 8 F5: an entry of a list that is not an invoice's lines has its own labels — handCosts[0].amount is "Cost
        // entered by hand 1: amount" (it was "Amount in dispute"), items[1].line the invoice line of declaration item 2 (it
        // was "Line 2 line number")
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("^(handCosts|items)\\[(\\d+)]\\.(\\w+)$").matcher(field);
        if (entry.matches() && (entry.group(1).equals("handCosts") || entry.group(3).equals("line"))) {
            String own = messages.getMessage("clearance.api.field." + entry.group(1) + "-entry." + entry.group(3),
                    new Object[] {Integer.parseInt(entry.group(2)) + 1}, null, locale);
            if (own != null) {
                return own;
            }
        }
        // re-review F2: "line" (which invoice line an entry is about) has its own label; clearance.api.field.line is the
        // "Line {0} {1}" pattern below, never a label by itself
        String label = last.equals("line") ? messages.getMessage("clearance.api.field.line-number", null, locale) : null;
        // an invoice line's field is labelled as a line's (issue 8 F10: lines[0].description is the goods' description, not
        // an issue's 問題說明); other fields as the API's
        boolean invoiceLine = field.matches("^lines\\[\\d+]\\..*");
        List<String> prefixes = invoiceLine ? List.of("clearance.invoice.line.field.", "clearance.invoice.field.", "clearance.api.field.",
                "clearance.field.", "clearance.line.") : List.of("clearance.api.field.", "clearance.invoice.field.", "clearance.field.", "clearance.line.");
        for (String prefix : prefixes) {
            label = label != null ? label : messages.getMessage(prefix + last, null, null, locale);
        }
        if (label == null) {
            return field;
        }
        // lines[0].quantity → 第 1 項 數量 / Line 1 quantity: the text counts from 1, the path from 0 as the JSON
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("^(lines|items)\\[(\\d+)]\\.").matcher(field);
        if (line.find()) {
            return messages.getMessage("clearance.api.field.line", new Object[] {Integer.parseInt(line.group(2)) + 1, label}, locale);
        }
        return label;
    }

    /** Whether a value for a count (Integer, Long, int, long, BigInteger) is a number with decimals. */
    static boolean notWhole(Class<?> type, String value) {
        if (type == null || value == null || !(type == Integer.class || type == Long.class || type == int.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class)) {
            return false;
        }
        try {
            return new java.math.BigDecimal(value.strip()).stripTrailingZeros().scale() > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
