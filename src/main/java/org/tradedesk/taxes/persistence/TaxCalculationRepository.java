package org.tradedesk.taxes.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxCalculationRepository extends JpaRepository<TaxCalculationEntity, UUID> {

    List<TaxCalculationEntity> findByClientIdOrderByCreatedAtDesc(String clientId);
}
