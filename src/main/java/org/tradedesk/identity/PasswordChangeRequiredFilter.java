package org.tradedesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password someone else chose (see {@link FirstAdministrator}) can do one thing: choose
 * their own. Pages redirect to {@code /account/password}, the API answers 403
 * {@code identity.password.change-required}; logging out, the error page and static files stay open.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    /** Granted (besides the roles) while the account must change its password. */
    public static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";
    static final String PAGE = "/account/password";
    private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/error", "/css/", "/js/", "/webjars/",
            "/favicon.ico");

    private final ApiSecurityResponses answers;

    PasswordChangeRequiredFilter(ApiSecurityResponses answers) {
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getAuthorities().stream().noneMatch(a -> AUTHORITY.equals(a.getAuthority()))) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open))) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            answers.passwordChangeRequired(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + PAGE);
        }
    }
}
