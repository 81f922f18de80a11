package org.tradedesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.tradedesk.platform.DatabaseOutage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Pages: form login, CSRF on every form. API ({@code /api/**}): HTTP Basic or a personal token
 * ({@code Authorization: Bearer tdk_...}); callers get a 401/403 problem detail rather than a login
 * page, and CSRF does not apply (no browser session is relied on there). A logged-in user without
 * the role gets 403: on pages the friendly error page, on the API a problem detail. Login attempts
 * (form and Basic) pass {@link LoginThrottleFilter} first; token calls pass {@link ApiTokenScopeFilter}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    private static final String BEARER = "bearer ";

    /**
     * Scripts only from this origin's files (htmx, Bootstrap and our JS are served as files), so an
     * injected {@code <script>} or {@code on...=} attribute does not run (ASVS 14.4.3). Styles allow
     * inline attributes ({@code style="..."} in templates, htmx's indicator style), which cannot run code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, UserDetailsService users,
            org.springframework.context.MessageSource messages, org.springframework.web.servlet.LocaleResolver localeResolver,
            LoginThrottle throttle) throws Exception {
        PathPatternRequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
        ApiSecurityResponses answers = new ApiSecurityResponses(messages, localeResolver);
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health", "/actuator/health/liveness",
                        "/actuator/health/readiness").permitAll()
                // marketing's public feedback survey: reached by its unguessable link without login (CSRF still applies)
                .requestMatchers("/survey/*", "/survey/*/resend").permitAll()
                .requestMatchers("/admin/**", "/api/v1/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/audit/**", "/api/v1/audit/**").hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                // a login that failed because the database is away is no wrong password
                .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                        + (DatabaseOutage.isCause(e) ? "/login?unavailable" : "/login?error"))))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
            .httpBasic(basic -> basic.authenticationEntryPoint(answers.unauthorized()))
            .addFilterBefore(new LoginThrottleFilter(throttle, answers), UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(bearerTokenFilter(tokens, users, api, answers), BasicAuthenticationFilter.class)
            .addFilterAfter(new ApiTokenScopeFilter(answers), BasicAuthenticationFilter.class)
            .addFilterBefore(new PasswordChangeRequiredFilter(answers), AuthorizationFilter.class)
            // HSTS is Spring Security's default, sent on secure requests only (behind a proxy: see
            // server.forward-headers-strategy); the policy above on every response.
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(answers.unauthorized(), api)
                // a single defaultAccessDeniedHandlerFor(...) would apply to every request: pages keep
                // the standard handler, whose 403 the container renders with error.html
                .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(api, answers.forbidden(), PathPatternRequestMatcher
                                .pathPattern(org.springframework.http.HttpMethod.POST, "/survey/*"), SecurityConfig::surveyCsrfRefused)),
                        new AccessDeniedHandlerImpl())))
            .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }

    /**
     * A public survey sent with a missing or expired CSRF token (the respondent's session timed out) is not a
     * forbidden role: the request, with its answers, is forwarded to the survey's {@code /resend} page, which shows
     * the survey again with the answers and asks to send again (nothing is stored; the new page has a fresh token).
     */
    private static void surveyCsrfRefused(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException e) throws java.io.IOException, jakarta.servlet.ServletException {
        if (e instanceof org.springframework.security.web.csrf.CsrfException) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(request.getRequestURI().substring(request.getContextPath().length()) + "/resend").forward(request, response);
        } else {
            new AccessDeniedHandlerImpl().handle(request, response, e);
        }
    }

    /**
     * Spring Security's generic {@link AuthenticationFilter}: converts a bearer header into an
     * authentication request for {@link ApiTokenAuthenticationProvider}; requests without one pass
     * on to HTTP Basic. The result lives for the request only (no session).
     */
    private static AuthenticationFilter bearerTokenFilter(ApiTokens tokens, UserDetailsService users,
            PathPatternRequestMatcher api, ApiSecurityResponses answers) {
        AuthenticationFilter filter = new AuthenticationFilter(
                new ProviderManager(new ApiTokenAuthenticationProvider(tokens, users, tokens.grantCache())),
                (HttpServletRequest request) -> {
                    String header = request.getHeader("Authorization");
                    if (header == null || header.length() <= BEARER.length()
                            || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                        return null;
                    }
                    return new PreAuthenticatedAuthenticationToken("bearer", header.substring(BEARER.length()).trim());
                });
        filter.setRequestMatcher(api);
        filter.setSuccessHandler((request, response, authentication) -> { });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(answers.unauthorized()));
        return filter;
    }

    @Bean
    LoginThrottlePolicy loginThrottlePolicy(
            @Value("${tradedesk.security.login-throttle.account-failures:5}") int accountFailures,
            @Value("${tradedesk.security.login-throttle.address-failures:50}") int addressFailures,
            @Value("${tradedesk.security.login-throttle.first-lock:30s}") Duration firstLock,
            @Value("${tradedesk.security.login-throttle.max-lock:15m}") Duration maxLock,
            @Value("${tradedesk.security.login-throttle.forget-after:1h}") Duration forgetAfter) {
        return new LoginThrottlePolicy(accountFailures, addressFailures, firstLock, maxLock, forgetAfter);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
