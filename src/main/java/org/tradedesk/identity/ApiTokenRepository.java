package org.tradedesk.identity;

import java.time.Instant;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, Long> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndUsername(Long id, String username);

    List<ApiToken> findByUsernameOrderByCreatedAtDesc(String username);

    /**
     * Notes a use without the optimistic lock: the time of last use is a note, not an edit, and
     * concurrent calls with one token must not fail each other. Written at most once a minute.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
    int noteUse(Long id, Instant at, Instant notBefore);
}
