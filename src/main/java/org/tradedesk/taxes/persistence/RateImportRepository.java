package org.tradedesk.taxes.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface RateImportRepository extends JpaRepository<RateImportEntity, Long> {

    java.util.List<RateImportEntity> findTop20ByOrderByImportedAtDescIdDesc();
}
