package org.tradedesk.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password rules of OWASP ASVS 4.0.3 level 2 for a password a person sets (on account creation
 * and reset): at least 12 characters (2.1.1), up to 128 allowed (2.1.2), any character, no
 * composition rules (2.1.9), and not one of the commonly used passwords (2.1.7), checked against a
 * list shipped with the application ({@code identity/common-passwords.txt}, 49,233 entries from the
 * zxcvbn project, MIT licence, see the NOTICE file beside it) rather than a network service.
 * The demo users' short passwords are created without this policy and exist only in demo mode.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "identity/common-passwords.txt";

    private PasswordPolicy() {
    }

    /** The message code of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("identity.user.password-too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("identity.user.password-too-long");
        }
        if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("identity.user.password-common");
        }
        return Optional.empty();
    }

    /** Loaded on first use, once. */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST);
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing from the application: " + LIST);
            }
            Set<String> passwords = new HashSet<>(65_536);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        passwords.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + LIST, e);
            }
            return Set.copyOf(passwords);
        }
    }
}
