package org.tradedesk.identity;

import java.util.Set;

/**
 * An edit of an account as the administrator saw it: {@code version} is the version the form was
 * opened at, so a concurrent edit is refused instead of silently overwritten.
 */
public record UserChange(long version, String displayName, Set<Role> roles, boolean enabled, String email, String language) {

    public UserChange {
        displayName = NewUser.requireDisplayName(displayName);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        email = UserContact.requireEmail(email);
        language = UserContact.requireLanguage(language);
    }

}
