package org.tradedesk.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.authentication.DisabledException;

/**
 * Turns a bearer secret (carried as the credentials of a {@link PreAuthenticatedAuthenticationToken})
 * into the owner's authentication with the owner's current roles; the token's {@link ApiTokenGrant}
 * (its scope) is the authentication's details.
 */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final ApiTokens tokens;
    private final UserDetailsService users;
    private final ApiTokenGrantCache cache;

    ApiTokenAuthenticationProvider(ApiTokens tokens, UserDetailsService users, ApiTokenGrantCache cache) {
        this.tokens = tokens;
        this.users = users;
        this.cache = cache;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String secret = String.valueOf(authentication.getCredentials());
        String hash = secret.startsWith(ApiTokens.PREFIX) ? ApiTokens.hash(secret) : null;
        ApiTokenGrantCache.Resolved known = hash == null ? null : cache.get(hash, java.time.Instant.now());
        if (known != null) {
            return authenticated(known.owner(), known.grant());
        }
        ApiTokenGrant grant = tokens.grantOf(secret)
                .orElseThrow(() -> new BadCredentialsException("unknown, expired or revoked API token"));
        String owner = grant.owner();
        UserDetails user;
        try {
            user = users.loadUserByUsername(owner);
        } catch (UsernameNotFoundException e) {
            throw new BadCredentialsException("the token's owner no longer exists");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("the token's owner is disabled");
        }
        if (hash != null) {
            cache.put(hash, new ApiTokenGrantCache.Resolved(grant, user));
        }
        return authenticated(user, grant);
    }

    /** A new authentication per request (Spring Security may erase or decorate it), from a cached resolution too. */
    private static Authentication authenticated(UserDetails user, ApiTokenGrant grant) {
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        // the scope travels with the authentication, for ApiTokenScopeFilter
        result.setDetails(grant);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PreAuthenticatedAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
