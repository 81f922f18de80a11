package org.tradedesk.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of the REST API as RFC 9457 problem details, like every other API error. They are
 * written here because the security filters answer before any controller advice can.
 */
final class ApiSecurityResponses {

    private ApiSecurityResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"tradedesk\", Bearer");
            write(response, 401, "Unauthorized", "identity.api.unauthorized",
                    "Log in with HTTP Basic or send a personal API token as 'Authorization: Bearer <token>'.",
                    request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, 403, "Forbidden", "identity.api.forbidden",
                "Your role does not allow this action.", request.getRequestURI());
    }

    private static void write(HttpServletResponse response, int status, String title, String code, String detail,
            String instance) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + escape(instance) + "\",\"code\":\"" + code + "\"}");
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
