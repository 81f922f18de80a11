package org.tradedesk.identity;

import java.util.EnumSet;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Object mother for accounts stored in the test database (password = user name + "-pass"). */
final class Accounts {

    private Accounts() {
    }

    static UserAccount coordinator(UserAccountRepository users, PasswordEncoder encoder, String name) {
        return save(users, encoder, name, EnumSet.of(Role.COORDINATOR));
    }

    static UserAccount manager(UserAccountRepository users, PasswordEncoder encoder, String name) {
        return save(users, encoder, name, EnumSet.of(Role.MANAGER, Role.COORDINATOR));
    }

    static UserAccount admin(UserAccountRepository users, PasswordEncoder encoder, String name) {
        return save(users, encoder, name, EnumSet.of(Role.ADMIN, Role.MANAGER, Role.COORDINATOR));
    }

    private static UserAccount save(UserAccountRepository users, PasswordEncoder encoder, String name,
            EnumSet<Role> roles) {
        return users.findByUsername(name)
                .orElseGet(() -> users.save(new UserAccount(name, encoder.encode(name + "-pass"), name, roles)));
    }
}
