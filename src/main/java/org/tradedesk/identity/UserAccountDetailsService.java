package org.tradedesk.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class UserAccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    UserAccountDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
        return details(account);
    }

    static UserDetails details(UserAccount account) {
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(authorities(account))
                .build();
    }

    /** The roles, and {@link PasswordChangeRequiredFilter#AUTHORITY} while the user must choose a password. */
    private static java.util.List<SimpleGrantedAuthority> authorities(UserAccount account) {
        java.util.List<SimpleGrantedAuthority> all = new java.util.ArrayList<>(
                account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        if (account.mustChangePassword()) {
            all.add(new SimpleGrantedAuthority(PasswordChangeRequiredFilter.AUTHORITY));
        }
        return all;
    }
}
