package org.tradedesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API call made with a personal token outside the token's scope (a read-only token
 * writing, a tariff token calling the clients API) with a 403 problem detail, before any
 * controller runs. Calls with HTTP Basic or a session are not token calls and pass.
 */
final class ApiTokenScopeFilter extends OncePerRequestFilter {

    private final ApiSecurityResponses answers;

    ApiTokenScopeFilter(ApiSecurityResponses answers) {
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getDetails() instanceof ApiTokenGrant grant) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!grant.scope().allows(request.getMethod(), path)) {
                answers.outOfScope(request, response, grant.scope());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
