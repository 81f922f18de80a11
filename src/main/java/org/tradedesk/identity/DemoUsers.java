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
        create("admin", "系統管理員 Admin", EnumSet.of(Role.ADMIN, Role.MANAGER, Role.COORDINATOR), "zh-TW");
        create("manager", "主管 Manager", EnumSet.of(Role.MANAGER, Role.COORDINATOR), "en");
        create("coordinator", "協調人員 Coordinator", EnumSet.of(Role.COORDINATOR), "zh-TW");
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
