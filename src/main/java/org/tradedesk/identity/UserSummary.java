package org.tradedesk.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A user account as pages and other modules see it: never the password hash. */
public record UserSummary(long id, long version, String username, String displayName, Set<Role> roles,
        boolean enabled, String email, String language) {

    public UserSummary {
        // EnumSet keeps the declaration order, so badges read the same on every page
        EnumSet<Role> ordered = EnumSet.noneOf(Role.class);
        ordered.addAll(roles);
        roles = Collections.unmodifiableSet(ordered);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
