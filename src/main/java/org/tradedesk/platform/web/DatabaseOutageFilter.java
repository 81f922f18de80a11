package org.tradedesk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.tradedesk.platform.DatabaseOutage;
import org.tradedesk.platform.SupportedLocales;

/**
 * The outermost filter: a database outage that escapes everything inside — the session store (Spring
 * Session JDBC), the login throttle, the login itself — becomes 503 with {@code Retry-After}: a
 * problem detail for the API, a short page for browsers ("the service is unavailable"), never a
 * login error or a 500. Controllers' own outages are answered the same way by the exception handlers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.LocaleResolver> locales;

    DatabaseOutageFilter(MessageSource messages,
            org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.LocaleResolver> locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            org.slf4j.LoggerFactory.getLogger(DatabaseOutageFilter.class)
                    .warn("Database unavailable, answered 503: {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            response.resetBuffer();
            // the reader's language as everywhere (cookie or Accept-Language): no session, no database
            org.springframework.web.servlet.LocaleResolver resolver = locales.getIfAvailable();
            Locale locale = SupportedLocales.normalise(resolver == null ? request.getLocale() : resolver.resolveLocale(request));
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            write(response, api, locale, request.getRequestURI(), messages);
        }
    }

    static void write(HttpServletResponse response, boolean api, Locale locale, String instance, MessageSource messages)
            throws IOException {
        String title = messages.getMessage("problem.title.503", null, "Service unavailable", locale);
        String detail = messages.getMessage(DatabaseOutage.CODE, null, locale);
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"urn:tradedesk:problem:" + DatabaseOutage.CODE + "\",\"title\":\"" + json(title)
                    + "\",\"status\":503,\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(instance)
                    + "\",\"code\":\"" + DatabaseOutage.CODE + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"" + DatabaseOutage.RETRY_AFTER_SECONDS + "\"><title>"
                    + HtmlUtils.htmlEscape(title) + "</title></head><body><main id=\"service-unavailable\"><h1>"
                    + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p></main></body></html>");
        }
    }

    private static String json(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
