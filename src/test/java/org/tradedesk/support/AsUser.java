package org.tradedesk.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a call to a module's API as a signed-in user, outside a request: a test reading what a request saved asks as a
 * manager, who sees every client's records (a coordinator sees their assigned clients' only). The context the test had is
 * put back afterwards.
 */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T manager(Supplier<T> action) {
        return as("manager-reading", "MANAGER", action);
    }

    public static <T> T as(String user, String role, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(user, "x", "ROLE_" + role));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
