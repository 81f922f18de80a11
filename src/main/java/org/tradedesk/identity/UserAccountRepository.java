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

    UserAccount save(UserAccount account);
}
