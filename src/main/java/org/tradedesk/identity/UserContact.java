package org.tradedesk.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tradedesk.shared.InvalidValueException;

/**
 * How to reach a user: the e-mail address (optional) and the language (zh-TW or en) of what is sent to them.
 * Other modules read it through {@link UserNames#contact(String)} to send reminders.
 */
public record UserContact(String username, String displayName, Optional<String> email, String language) {

    /** The languages a user can choose. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("zh-TW", "en");

    /** A practical address check (local part, @, a domain with a dot); the mail server has the last word. */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** True for a blank value (no address) or a valid one. */
    public static boolean acceptableEmail(String email) {
        return email == null || email.isBlank() || (email.strip().length() <= 320 && EMAIL.matcher(email.strip()).matches());
    }

    /** Blank → null; otherwise a valid address of at most 320 characters, or {@code identity.user.email-invalid}. */
    static String requireEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip();
        if (e.length() > 320 || !EMAIL.matcher(e).matches()) {
            throw new InvalidValueException("identity.user.email-invalid", "not an e-mail address: " + e);
        }
        return e;
    }

    /** {@code zh-TW} or {@code en} (null → zh-TW), or {@code identity.user.language-invalid}. */
    static String requireLanguage(String language) {
        if (language == null || language.isBlank()) {
            return "zh-TW";
        }
        if (!LANGUAGES.contains(language)) {
            throw new InvalidValueException("identity.user.language-invalid", "language must be zh-TW or en: " + language);
        }
        return language;
    }
}
