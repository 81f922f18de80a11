package org.tradedesk.clients;

import java.util.List;
import org.springframework.data.repository.Repository;

interface ConsentRecordRepository extends Repository<ConsentRecord, Long> {

    ConsentRecord save(ConsentRecord record);

    List<ConsentRecord> findByContactIdOrderByEffectiveOnAscIdAsc(long contactId);
}
