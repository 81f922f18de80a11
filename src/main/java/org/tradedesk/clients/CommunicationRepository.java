package org.tradedesk.clients;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface CommunicationRepository extends Repository<Communication, Long> {

    Communication save(Communication entry);

    Page<Communication> findByClientIdOrderByOccurredAtDescIdDesc(long clientId, Pageable page);

    List<Communication> findByContactIdOrderByOccurredAtAscIdAsc(long contactId);
}
