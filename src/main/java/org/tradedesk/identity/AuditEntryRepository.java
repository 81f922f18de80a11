package org.tradedesk.identity;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:subjectType is null or e.subjectType = :subjectType)
              and (:subjectId is null or e.subjectId = :subjectId)
              and (:username is null or e.username = :username)
              and e.at >= :start and e.at < :end
            order by e.at desc, e.id desc""")
    Page<AuditEntry> search(String subjectType, String subjectId, String username, Instant start, Instant end,
            Pageable page);
}
