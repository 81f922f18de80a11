package org.tradedesk.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tradedesk.shared.TradedeskException;

/**
 * Business failures on pages become a friendly page in the user's language, with the right status.
 * The message is resolved here rather than in the template: Thymeleaf's {@code #{code(${args})}}
 * passes an argument array as one argument and prints {@code [Ljava.lang.Object;@…}.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final MessageSource messages;
    private final org.tradedesk.platform.MessageTexts texts;

    PageExceptionHandler(MessageSource messages, org.tradedesk.platform.MessageTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    @ExceptionHandler(TradedeskException.class)
    String business(TradedeskException e, Model model, HttpServletResponse response, Locale locale) {
        int status = ErrorStatus.of(e).value();
        response.setStatus(status);
        String message = BusinessMessages.of(messages, texts, e, locale);
        if (e.kind() == TradedeskException.Kind.FAULT) {
            // the product's fault (a document that cannot be laid out): the cause only in the log, under an incident number
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            org.slf4j.LoggerFactory.getLogger(PageExceptionHandler.class).error("Page incident {}", incident, e);
            message = message + " (" + incident + ")";
        }
        model.addAttribute("errorMessage", message);
        model.addAttribute("status", status);
        return "error";
    }

    /**
     * Anything unforeseen on a page is the product's fault: the friendly 500 page with an incident number,
     * and the stack trace in the log at ERROR under the same number — the one kind of failure logged so.
     * Failures Spring or Spring Security already answer with their own status (a missing parameter, a
     * forbidden page, an unknown resource) are handed back to them unchanged.
     */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response, Locale locale) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException
                // bad input Spring answers with 400 (DefaultHandlerExceptionResolver): ?page=abc, an unreadable body,
                // a form that does not bind, a broken upload
                || e instanceof org.springframework.beans.TypeMismatchException
                || e instanceof org.springframework.http.converter.HttpMessageConversionException
                || e instanceof org.springframework.validation.BindException
                || e instanceof org.springframework.web.multipart.MultipartException
                || e instanceof jakarta.servlet.ServletException
                || org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(e.getClass(),
                        org.springframework.web.bind.annotation.ResponseStatus.class)) {
            throw e;
        }
        if (org.tradedesk.platform.DatabaseOutage.isCause(e)) {
            // an outage, not the product's fault: 503, come back in a few seconds
            org.slf4j.LoggerFactory.getLogger(PageExceptionHandler.class).warn("Database unavailable, page answered 503: {}", e.toString());
            response.setStatus(503);
            response.setHeader("Retry-After", String.valueOf(org.tradedesk.platform.DatabaseOutage.RETRY_AFTER_SECONDS));
            model.addAttribute("errorMessage", messages.getMessage(org.tradedesk.platform.DatabaseOutage.CODE, null, locale));
            model.addAttribute("status", 503);
            return "error";
        }
        String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
        org.slf4j.LoggerFactory.getLogger(PageExceptionHandler.class).error("Page incident {}", incident, e);
        response.setStatus(500);
        model.addAttribute("errorMessage", messages.getMessage("error.generic", null, locale) + " (" + incident + ")");
        model.addAttribute("status", 500);
        return "error";
    }

    /**
     * An upload page posted without its file part (a script, or a form without the file field: {@code /taxes/batch},
     * {@code /tariff/imports}, the markets and clearance uploads; issue 11): a 400 problem detail naming the part, in
     * the reader's language, as the REST API answers it, instead of the container's bare error page.
     */
    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> missingPart(
            org.springframework.web.multipart.support.MissingServletRequestPartException e, Locale locale) {
        String part = e.getRequestPartName();
        String detail = messages.getMessage("error.upload.part-missing", new Object[] {part}, locale);
        org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail
                .forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("problem.title.400", null, "Bad Request", locale));
        problem.setType(java.net.URI.create("urn:tradedesk:problem:error.upload.part-missing"));
        problem.setProperty("code", "error.upload.part-missing");
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", part, "message", detail)));
        return org.springframework.http.ResponseEntity.badRequest()
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String staleEdit(Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(409);
        model.addAttribute("errorMessage", messages.getMessage(org.tradedesk.platform.StaleEdit.CODE, null, locale));
        model.addAttribute("status", 409);
        return "error";
    }
}
