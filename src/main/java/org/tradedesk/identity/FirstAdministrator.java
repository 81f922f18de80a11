package org.tradedesk.identity;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first administrator of a production database, which starts with no account at all: with
 * {@code TRADEDESK_BOOTSTRAP_ADMIN} (user name) and {@code TRADEDESK_BOOTSTRAP_PASSWORD} set, a start
 * on a database without any ADMIN creates that account (roles ADMIN, MANAGER, COORDINATOR) with a
 * password that must be changed at the first login, and writes it to the audit trail. Once any
 * administrator exists the variables are refused: logged, nothing changed, so a forgotten variable
 * can never reset a password or add a second administrator. A password that breaks
 * {@link PasswordPolicy} or a malformed user name stops the start with the reason.
 */
@Component
@Order(-1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountRepository users, PasswordEncoder encoder, AuditTrail audit,
            @Value("${tradedesk.bootstrap.admin:}") String username,
            @Value("${tradedesk.bootstrap.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.username = username == null ? "" : username.trim();
        this.password = password == null ? "" : password;
    }

    /** What a start did with the bootstrap variables. */
    enum Outcome { NOT_ASKED, CREATED, REFUSED }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap();
    }

    @Transactional
    Outcome bootstrap() {
        if (username.isEmpty() && password.isEmpty()) {
            return Outcome.NOT_ASKED;
        }
        if (username.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException("TRADEDESK_BOOTSTRAP_ADMIN and TRADEDESK_BOOTSTRAP_PASSWORD must be set together");
        }
        if (users.existsByRolesContaining(Role.ADMIN.name())) {
            log.warn("TRADEDESK_BOOTSTRAP_ADMIN is set but an administrator already exists: nothing changed. "
                    + "Remove TRADEDESK_BOOTSTRAP_ADMIN and TRADEDESK_BOOTSTRAP_PASSWORD from the environment.");
            return Outcome.REFUSED;
        }
        if (users.existsByUsername(username)) {
            log.warn("TRADEDESK_BOOTSTRAP_ADMIN names the existing account '{}', which is no administrator: nothing changed; "
                    + "choose another user name", username);
            return Outcome.REFUSED;
        }
        NewUser admin;
        try {
            admin = new NewUser(username, "Administrator", EnumSet.of(Role.ADMIN, Role.MANAGER, Role.COORDINATOR), password);
        } catch (org.tradedesk.shared.InvalidValueException e) {
            throw new IllegalStateException("TRADEDESK_BOOTSTRAP_ADMIN / TRADEDESK_BOOTSTRAP_PASSWORD refused: " + e.getMessage(), e);
        }
        UserAccount account = new UserAccount(admin.username(), encoder.encode(admin.initialPassword()), admin.displayName(),
                admin.roles());
        account.requirePasswordChange();
        users.save(account);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", account.username());
        after.put("roles", account.roles().stream().map(Role::name).toList());
        after.put("bootstrap", true);
        after.put("mustChangePassword", true);
        audit.record(UserAdministration.AUDIT_SUBJECT, account.username(), AuditAction.CREATED, null,
                JSON.writeValueAsString(after));
        log.info("First administrator '{}' created from TRADEDESK_BOOTSTRAP_ADMIN; the password must be changed at the first "
                + "login. Remove TRADEDESK_BOOTSTRAP_PASSWORD from the environment.", username);
        return Outcome.CREATED;
    }
}
