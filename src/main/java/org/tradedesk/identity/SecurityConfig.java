package org.tradedesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Pages: form login, CSRF on every form. API ({@code /api/**}): HTTP Basic or a personal token
 * ({@code Authorization: Bearer tdk_...}); callers get a 401/403 problem detail rather than a login
 * page, and CSRF does not apply (no browser session is relied on there). A logged-in user without
 * the role gets 403: on pages the friendly error page, on the API a problem detail.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    private static final String BEARER = "bearer ";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, UserDetailsService users,
            org.springframework.context.MessageSource messages, org.springframework.web.servlet.LocaleResolver localeResolver)
            throws Exception {
        PathPatternRequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
        ApiSecurityResponses answers = new ApiSecurityResponses(messages, localeResolver);
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health").permitAll()
                .requestMatchers("/admin/**", "/api/v1/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/audit/**", "/api/v1/audit/**").hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
            .httpBasic(basic -> basic.authenticationEntryPoint(answers.unauthorized()))
            .addFilterBefore(bearerTokenFilter(tokens, users, api, answers), BasicAuthenticationFilter.class)
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(answers.unauthorized(), api)
                // a single defaultAccessDeniedHandlerFor(...) would apply to every request: pages keep
                // the standard handler, whose 403 the container renders with error.html
                .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(api, answers.forbidden())), new AccessDeniedHandlerImpl())))
            .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }

    /**
     * Spring Security's generic {@link AuthenticationFilter}: converts a bearer header into an
     * authentication request for {@link ApiTokenAuthenticationProvider}; requests without one pass
     * on to HTTP Basic. The result lives for the request only (no session).
     */
    private static AuthenticationFilter bearerTokenFilter(ApiTokens tokens, UserDetailsService users,
            PathPatternRequestMatcher api, ApiSecurityResponses answers) {
        AuthenticationFilter filter = new AuthenticationFilter(
                new ProviderManager(new ApiTokenAuthenticationProvider(tokens, users)),
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
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
