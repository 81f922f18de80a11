package org.tradedesk.identity;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The name a user signs with (their display name), for documents other modules produce in their name. */
@Service
public class UserNames {

    private final UserAccountRepository users;

    UserNames(UserAccountRepository users) {
        this.users = users;
    }

    /** The user's display name, or empty when no account has that username (an API token's or a test's user). */
    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return users.findByUsername(username).map(UserAccount::displayName).filter(n -> !n.isBlank());
    }

    /** How to reach the user (e-mail address, language), or empty when no account has that username. */
    @Transactional(readOnly = true)
    public Optional<UserContact> contact(String username) {
        return users.findByUsername(username).map(a -> new UserContact(a.username(), a.displayName(),
                Optional.ofNullable(a.email()), a.preferredLanguage()));
    }

    /** How to reach each enabled manager (clearance: an overdue deadline is told to the managers once), by username. */
    @Transactional(readOnly = true)
    public java.util.List<UserContact> managers() {
        return users.findAllByOrderByUsername().stream().filter(a -> a.enabled() && a.roles().contains(Role.MANAGER))
                .map(a -> new UserContact(a.username(), a.displayName(), Optional.ofNullable(a.email()), a.preferredLanguage())).toList();
    }

    /** True when an account has this username (a campaign's owner must be one: marketing, slice t3plan). */
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return username != null && !username.isBlank() && users.findByUsername(username.strip()).isPresent();
    }
}
