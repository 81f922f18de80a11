package org.tradedesk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An unknown path, a wrong method or content type fail before any controller is chosen, so
 * {@link ApiExceptionHandler} (which applies to REST controllers only) never sees them and Spring
 * Boot would answer {@code {timestamp,status,error,path}}. Under {@code /api/} they become the same
 * problem details. Elsewhere a browser (it asks for {@code text/html}) gets the friendly error page: the
 * exception is rethrown to the default handling. Any other client of a page path (curl, a script, a
 * fetch with {@code Accept: *}{@code /*}) gets the problem detail too, in its language, never Spring Boot's
 * English {@code {timestamp,status,error,path}} (T4 review r-t4c 13: {@code GET /clearance/transactions/3/issues/1}).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingErrors {

    private final ApiExceptionHandler api;

    ApiRoutingErrors(ApiExceptionHandler api) {
        this.api = api;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<Object> beforeAnyController(Exception e, HttpServletRequest request, WebRequest webRequest)
            throws Exception {
        boolean page = !ApiPaths.isApi(request);
        if (page && asksForHtml(request)) {
            throw e;
        }
        ResponseEntity<Object> answer = api.handleException(e, webRequest);
        if (page && e instanceof NoResourceFoundException && answer != null
                && answer.getBody() instanceof org.springframework.http.ProblemDetail problem) {
            api.pageNotFound(problem, request.getRequestURI());
        }
        return answer;
    }

    /** A browser's navigation names {@code text/html} (or XHTML); a wildcard alone does not. */
    static boolean asksForHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return org.springframework.http.MediaType.parseMediaTypes(accept).stream().anyMatch(type -> !type.isWildcardType()
                    && ("html".equals(type.getSubtype()) || "xhtml+xml".equals(type.getSubtype())));
        } catch (org.springframework.http.InvalidMediaTypeException malformed) {
            return false;
        }
    }
}
