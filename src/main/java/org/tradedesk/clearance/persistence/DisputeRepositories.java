package org.tradedesk.clearance.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface DisputeRepository extends Repository<DisputeEntity, Long> {

    DisputeEntity saveAndFlush(DisputeEntity entity);

    Optional<DisputeEntity> findByIdAndTransactionId(long id, long transactionId);

    List<DisputeEntity> findByTransactionIdOrderByIdAsc(long transactionId, Pageable page);

    long countByTransactionId(long transactionId);

    List<DisputeEntity> findByTransactionIdInAndOutcomeIsNullOrderByIdAsc(Collection<Long> transactionIds, Pageable page);
}

interface DisputeStepRepository extends Repository<DisputeStepEntity, Long> {

    DisputeStepEntity saveAndFlush(DisputeStepEntity entity);

    List<DisputeStepEntity> findByDisputeIdInOrderByIdAsc(Collection<Long> disputeIds);

    long countByDisputeId(long disputeId);
}

interface DisputeEvidenceRepository extends Repository<DisputeEvidenceEntity, Long> {

    DisputeEvidenceEntity saveAndFlush(DisputeEvidenceEntity entity);

    List<DisputeEvidenceEntity> findByDisputeIdInOrderByIdAsc(Collection<Long> disputeIds);

    long countByDisputeId(long disputeId);
}
