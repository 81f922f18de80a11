package org.tradedesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401 and 403 of the REST API as RFC 9457 problem details, like every other API error, in the
 * caller's language (the API's locale resolver: {@code Accept-Language}). They are written here
 * because the security filters answer before any controller advice can.
 */
final class ApiSecurityResponses {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiSecurityResponses(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (org.tradedesk.platform.DatabaseOutage.isCause(e)) {
                // the credentials could not be checked: the database is away, which is no 401
                response.setHeader("Retry-After", String.valueOf(org.tradedesk.platform.DatabaseOutage.RETRY_AFTER_SECONDS));
                write(response, 503, title(request, 503, "Service Unavailable"), org.tradedesk.platform.DatabaseOutage.CODE,
                        message(request, org.tradedesk.platform.DatabaseOutage.CODE), request.getRequestURI());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"tradedesk\", Bearer");
            write(response, 401, title(request, 401, "Unauthorized"), "identity.api.unauthorized",
                    message(request, "identity.api.unauthorized"),
                    request.getRequestURI());
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, 403, title(request, 403, "Forbidden"), "identity.api.forbidden",
                message(request, "identity.api.forbidden"), request.getRequestURI());
    }

    /** 429 for a login attempt while its key is locked (see {@link LoginThrottle}). */
    void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        write(response, 429, title(request, 429, "Too Many Requests"), "identity.login.throttled",
                message(request, "identity.login.throttled", retryAfterSeconds), request.getRequestURI());
    }

    /** 403 for a personal token used outside its scope (see {@link ApiTokenScope}). */
    void outOfScope(HttpServletRequest request, HttpServletResponse response, ApiTokenScope scope) throws IOException {
        write(response, 403, title(request, 403, "Forbidden"), "identity.token.out-of-scope",
                message(request, "identity.token.out-of-scope", message(request, "tokens.scope." + scope.code())),
                request.getRequestURI());
    }

    /** 403 for a user who must first change the password someone else chose (see {@link PasswordChangeRequiredFilter}). */
    void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, 403, title(request, 403, "Forbidden"), "identity.password.change-required",
                message(request, "identity.password.change-required"), request.getRequestURI());
    }

    /** The status's title in the caller's language (problem.title.NNN), the reason phrase where none is given. */
    private String title(HttpServletRequest request, int status, String reasonPhrase) {
        return escape(messages.getMessage("problem.title." + status, null, reasonPhrase, locales.resolveLocale(request)));
    }

    private String message(HttpServletRequest request, String code, Object... args) {
        return messages.getMessage(code, args, locales.resolveLocale(request));
    }

    private static void write(HttpServletResponse response, int status, String title, String code, String detail,
            String instance) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\"" + escape(instance) + "\",\"code\":\"" + code + "\"}");
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
