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
 * problem details; anywhere else the exception is rethrown, which hands it back to the default
 * handling and the friendly error page.
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
        if (!ApiPaths.isApi(request)) {
            throw e;
        }
        return api.handleException(e, webRequest);
    }
}
