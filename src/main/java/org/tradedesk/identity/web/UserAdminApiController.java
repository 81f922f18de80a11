package org.tradedesk.identity.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.identity.UserAdministration;
import org.tradedesk.identity.UserSummary;

/** {@code /api/v1/admin/users}: read-only list of accounts for ADMIN (changes go through the page). */
@RestController
class UserAdminApiController {

    private final UserAdministration users;

    UserAdminApiController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/api/v1/admin/users")
    List<UserSummary> list() {
        return users.list();
    }

    @GetMapping("/api/v1/admin/users/{id}")
    UserSummary get(@PathVariable long id) {
        return users.get(id);
    }
}
