package org.tradedesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who logs in. The password is only ever held hashed. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** Comma-separated {@link Role} names; a handful of roles does not need a join table. */
    @Column(nullable = false)
    private String roles;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "zh-TW";

    /** Where reminders go; null when the user has none (they get no reminder). */
    @Column(length = 320)
    private String email;

    /** Set when someone else chose the password (the bootstrap administrator); cleared by the user's own change. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        assignRoles(roles);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    boolean enabled() {
        return enabled;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    Set<Role> roles() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new org.tradedesk.shared.InvalidValueException("identity.user.no-role", "a user needs at least one role");
        }
        this.roles = newRoles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** The user's own new password: the change asked of them is done. */
    void changeOwnPasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    void enable() {
        this.enabled = true;
    }

    void disable() {
        this.enabled = false;
    }

    void preferLanguage(String language) {
        this.preferredLanguage = language;
    }

    String email() {
        return email;
    }

    void changeEmail(String newEmail) {
        this.email = newEmail;
    }
}
