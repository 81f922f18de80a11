package org.tradedesk.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.shared.TradedeskException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's work on accounts: open, edit, enable/disable, reset a password. Every change
 * is written to the audit trail in the same transaction, with the state before and after (never
 * a password or its hash).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    static final String AUDIT_SUBJECT = "user";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    private final ApiTokenGrantCache tokenGrants;

    UserAdministration(UserAccountRepository users, PasswordEncoder encoder, AuditTrail audit, ApiTokenGrantCache tokenGrants) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.tokenGrants = tokenGrants;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return users.findAllByOrderByUsername().stream().map(UserAdministration::summary).toList();
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return summary(load(id));
    }

    @Transactional
    public UserSummary create(NewUser user) {
        if (users.existsByUsername(user.username())) {
            throw UsernameTaken.of(user.username());
        }
        UserAccount account = users.save(new UserAccount(user.username(), encoder.encode(user.initialPassword()),
                user.displayName(), user.roles()));
        account.changeEmail(user.email());
        account.preferLanguage(user.language());
        audit.record(AUDIT_SUBJECT, account.username(), AuditAction.CREATED, null, json(account));
        return summary(account);
    }

    @Transactional
    public UserSummary change(long id, UserChange change) {
        UserAccount account = load(id);
        if (account.version() != change.version()) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        if (account.username().equals(CurrentUser.name())
                && (!change.enabled() || !change.roles().contains(Role.ADMIN))) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "identity.user.self-lockout",
                    "you cannot disable your own account or remove your own ADMIN role");
        }
        String before = json(account);
        account.rename(change.displayName());
        account.assignRoles(change.roles());
        account.changeEmail(change.email());
        account.preferLanguage(change.language());
        if (change.enabled()) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(AUDIT_SUBJECT, account.username(), AuditAction.CHANGED, before, json(account));
        // a disabled owner or a removed role stops the owner's API tokens at once on this instance
        tokenGrants.forgetAll();
        return summary(account);
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        NewUser.requirePassword(newPassword);
        UserAccount account = load(id);
        account.changePasswordHash(encoder.encode(newPassword));
        // The audit says that the password changed, never what it is.
        audit.record(AUDIT_SUBJECT, account.username(), AuditAction.CHANGED, null, "{\"password\":\"reset\"}");
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(() -> UserNotFound.forId(id));
    }

    static UserSummary summary(UserAccount a) {
        return new UserSummary(a.id(), a.version(), a.username(), a.displayName(), a.roles(), a.enabled(), a.email(),
                a.preferredLanguage());
    }

    static String json(UserAccount a) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", a.username());
        state.put("displayName", a.displayName());
        state.put("roles", a.roles().stream().map(Role::name).toList());
        state.put("enabled", a.enabled());
        state.put("email", a.email());
        state.put("language", a.preferredLanguage());
        return JSON.writeValueAsString(state);
    }
}
