package org.tradedesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a login attempt (the login form's POST, or any request carrying HTTP Basic credentials)
 * while its account+address or its address is locked, before the password is even checked: the
 * API gets 429 with {@code Retry-After} as a problem detail, the login form comes back with a
 * message. Attempts that go on are marked on the request for {@link LoginThrottleEvents}, which
 * counts their outcome.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    static final String ATTEMPT = LoginThrottleFilter.class.getName() + ".attempt";
    private static final String BASIC = "basic ";

    /** A login attempt on its way to the authentication filters. */
    record Attempt(String username, String address, boolean accountKeyKnown) {
    }

    private final LoginThrottle throttle;
    private final ApiSecurityResponses answers;

    LoginThrottleFilter(LoginThrottle throttle, ApiSecurityResponses answers) {
        this.throttle = throttle;
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
        String username = form ? request.getParameter("username") : basicUser(request.getHeader("Authorization"));
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        LoginThrottle.Standing standing = throttle.standing(username, address);
        if (standing.locked()) {
            long seconds = Math.max(1, (standing.retryAfter().toMillis() + 999) / 1000);
            if (form) {
                long minutes = (seconds + 59) / 60;
                response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
            } else {
                answers.tooManyAttempts(request, response, seconds);
            }
            return;
        }
        request.setAttribute(ATTEMPT, new Attempt(username, address, standing.accountKeyKnown()));
        chain.doFilter(request, response);
    }

    /** The user name of an {@code Authorization: Basic} header, or null (malformed ones are left to the Basic filter). */
    static String basicUser(String header) {
        if (header == null || header.length() <= BASIC.length() || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
