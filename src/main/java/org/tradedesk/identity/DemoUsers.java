package org.tradedesk.identity;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three demo logins of the embedded demo mode (admin/admin, manager/manager,
 * coordinator/coordinator). Never created under the {@code postgres} profile, which switches
 * {@code tradedesk.demo.enabled} off.
 *
 * <p>Their display names are people's names in Latin letters, read the same in both languages (T4 acceptance review
 * t4fixAE 1: the English client mail was signed 「協調人員 Coordinator」, a role word in Chinese posing as a name). A user's
 * display name is a proper name, shown as stored in every language — the signature does not translate it — so the demo
 * gives names that are names, not role labels in one language.
 */
@Component
@ConditionalOnProperty(name = "tradedesk.demo.enabled", havingValue = "true")
@Order(0)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;

    DemoUsers(UserAccountRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create("admin", "Wang Chien-ming", EnumSet.of(Role.ADMIN, Role.MANAGER, Role.COORDINATOR), "zh-TW");
        create("manager", "Sarah Mitchell", EnumSet.of(Role.MANAGER, Role.COORDINATOR), "en");
        create("coordinator", "Lin Mei-ling", EnumSet.of(Role.COORDINATOR), "zh-TW");
    }

    private void create(String username, String displayName, EnumSet<Role> roles, String language) {
        if (!users.existsByUsername(username)) {
            UserAccount account = new UserAccount(username, encoder.encode(username), displayName, roles);
            // demo addresses (RFC 2606 reserved domain): reminders reach the demo's mail catcher, never a real inbox
            account.changeEmail(username + "@tradedesk.example");
            account.preferLanguage(language);
            users.save(account);
            log.info("Demo user '{}' created (password '{}')", username, username);
        }
    }
}
