package org.tradedesk.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.identity.ApiTokenScope;
import org.tradedesk.identity.ApiTokens;
import org.tradedesk.identity.PasswordPolicy;
import org.tradedesk.identity.Role;

/** The forms of the user administration pages; the facade's records check the same rules again. */
final class UserForms {

    private UserForms() {
    }

    record NewUserForm(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}") String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty Set<Role> roles,
            @NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
            @Size(max = 320) String email,
            @Pattern(regexp = "zh-TW|en", message = "{identity.user.language-invalid}") String language) {

        static NewUserForm empty() {
            return new NewUserForm("", "", Set.of(Role.COORDINATOR), "", "", "zh-TW");
        }
    }

    record EditUserForm(
            @NotNull Long version,
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty Set<Role> roles,
            Boolean enabled,
            @Size(max = 320) String email,
            @Pattern(regexp = "zh-TW|en", message = "{identity.user.language-invalid}") String language) {

        public boolean isEnabled() {
            return Boolean.TRUE.equals(enabled);
        }
    }

    /** The user's own address and language ({@code /account}). */
    record ProfileForm(@Size(max = 320) String email, @Pattern(regexp = "zh-TW|en", message = "{identity.user.language-invalid}") String language) {
    }

    /** An address that is not blank must look like one: a field error like the others, the input kept. */
    static void rejectBadEmail(String email, org.springframework.validation.BindingResult result) {
        if (!result.hasFieldErrors("email") && !org.tradedesk.identity.UserContact.acceptableEmail(email)) {
            result.rejectValue("email", "identity.user.email-invalid", "identity.user.email-invalid");
        }
    }

    record PasswordForm(@NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password) {
    }

    /** A new token: its name, what it may do ({@code all}, {@code read} or a module) and its last day. */
    record TokenForm(@NotBlank @Size(max = 100) String name,
            @Pattern(regexp = "all|read|taxes|tariff|clients") String scope,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

        static TokenForm blank(LocalDate today) {
            return new TokenForm("", ApiTokenScope.ALL.code(), today.plusDays(ApiTokens.DEFAULT_LIFETIME_DAYS));
        }
    }
}
