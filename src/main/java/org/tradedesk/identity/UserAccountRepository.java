package org.tradedesk.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(Long id);

    List<UserAccount> findAllByOrderByUsername();

    boolean existsByUsername(String username);

    long count();

    /** Roles are stored as comma-separated names; no other role name contains "ADMIN". */
    boolean existsByRolesContaining(String role);

    UserAccount save(UserAccount account);
}
