package org.tradedesk.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name of the user the current request acts for; "system" for background work. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    /** The most senior desk role of the current user (MANAGER, then COORDINATOR, then ADMIN), or null. */
    public static Role mainRole() {
        for (Role role : new Role[] {Role.MANAGER, Role.COORDINATOR, Role.ADMIN}) {
            if (hasRole(role)) {
                return role;
            }
        }
        return null;
    }

    public static boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }
}
