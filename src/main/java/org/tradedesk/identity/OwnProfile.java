package org.tradedesk.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in user's own e-mail address and language (the language of the reminders the desk mails them).
 * Audited like the administrator's changes of an account (subject {@code user}, before and after).
 */
@Service
public class OwnProfile {

    private final UserAccountRepository users;
    private final AuditTrail audit;

    OwnProfile(UserAccountRepository users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public UserSummary get() {
        return UserAdministration.summary(load());
    }

    /** Sets the address (blank: none) and the language; {@code InvalidValueException} on a bad value, nothing changed. */
    @Transactional
    public UserSummary change(String email, String language) {
        String newEmail = UserContact.requireEmail(email);
        String newLanguage = UserContact.requireLanguage(language);
        UserAccount account = load();
        String before = UserAdministration.json(account);
        account.changeEmail(newEmail);
        account.preferLanguage(newLanguage);
        String after = UserAdministration.json(account);
        if (!after.equals(before)) {
            audit.record(UserAdministration.AUDIT_SUBJECT, account.username(), AuditAction.CHANGED, before, after);
        }
        return UserAdministration.summary(account);
    }

    private UserAccount load() {
        return users.findByUsername(CurrentUser.name()).orElseThrow(() -> UserNotFound.forUsername(CurrentUser.name()));
    }
}
