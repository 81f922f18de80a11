package org.tradedesk.identity;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in user changes their own password: the current one must be right, the new one must
 * pass {@link PasswordPolicy} and differ from it. Clears a required change, and is audited (that it
 * changed, never what it is).
 */
@Service
public class OwnPassword {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    OwnPassword(UserAccountRepository users, PasswordEncoder encoder, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    /**
     * The message code of what is wrong with the change (on the field named first), or empty when it
     * was made; the returned user details (without the required change) replace the session's.
     */
    public sealed interface Result permits Changed, Refused {
    }

    public record Changed(UserDetails user) implements Result {
    }

    public record Refused(String field, String code) implements Result {
    }

    @Transactional
    public Result change(String currentPassword, String newPassword) {
        UserAccount account = users.findByUsername(CurrentUser.name())
                .orElseThrow(() -> UserNotFound.forUsername(CurrentUser.name()));
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            return new Refused("currentPassword", "identity.password.current-wrong");
        }
        Optional<String> weak = PasswordPolicy.violation(newPassword);
        if (weak.isPresent()) {
            return new Refused("newPassword", weak.get());
        }
        if (newPassword.equals(currentPassword)) {
            return new Refused("newPassword", "identity.password.same");
        }
        account.changeOwnPasswordHash(encoder.encode(newPassword));
        audit.record(UserAdministration.AUDIT_SUBJECT, account.username(), AuditAction.CHANGED, null,
                "{\"password\":\"changed by the user\"}");
        return new Changed(UserAccountDetailsService.details(account));
    }
}
