package org.tradedesk.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, Long> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndUsername(Long id, String username);

    List<ApiToken> findByUsernameOrderByCreatedAtDesc(String username);
}
