package org.tradedesk.identity;

import java.util.Set;

/** A user account as pages and other modules see it: never the password hash. */
public record UserSummary(long id, long version, String username, String displayName, Set<Role> roles,
        boolean enabled) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
