package org.tradedesk.identity;

import java.util.Objects;
import java.util.Set;
import org.tradedesk.shared.InvalidValueException;

/** What an administrator enters to open an account; the initial password is hashed at once. */
public record NewUser(String username, String displayName, Set<Role> roles, String initialPassword, String email,
        String language) {

    /** Without an e-mail address, in Traditional Chinese. */
    public NewUser(String username, String displayName, Set<Role> roles, String initialPassword) {
        this(username, displayName, roles, initialPassword, null, "zh-TW");
    }

    /** Letters, digits and . _ - : safe in URLs, audit filters and HTTP Basic. */
    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";

    public NewUser {
        Objects.requireNonNull(username, "username");
        if (!username.matches(USERNAME_PATTERN)) {
            throw new InvalidValueException("identity.user.username-invalid",
                    "user name must be 2 to 64 lower-case letters, digits, '.', '_' or '-': " + username);
        }
        displayName = requireDisplayName(displayName);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        requirePassword(initialPassword);
        email = UserContact.requireEmail(email);
        language = UserContact.requireLanguage(language);
    }

    static String requireDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidValueException("identity.user.display-name-invalid",
                    "display name must be 1 to 200 characters");
        }
        return displayName.trim();
    }

    /** Refuses a password that breaks {@link PasswordPolicy}. */
    static void requirePassword(String password) {
        PasswordPolicy.violation(password).ifPresent(code -> {
            throw new InvalidValueException(code, "password must be " + PasswordPolicy.MIN_LENGTH + " to "
                    + PasswordPolicy.MAX_LENGTH + " characters and not a commonly used one");
        });
    }
}
