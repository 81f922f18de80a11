package org.tradedesk.taxes.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tradedesk.taxes.CalculationStatus;

interface TaxCalculationRepository extends JpaRepository<TaxCalculationEntity, UUID> {

    List<TaxCalculationEntity> findByClientIdOrderByCreatedAtDesc(String clientId);

    /** The list columns only (not the request and result documents), newest first. */
    @Query("""
            select e.id, e.clientId, e.jurisdiction, e.calculationDate, e.status, e.currency, e.totalAmount, e.createdBy, e.createdAt
            from TaxCalculationEntity e
            where (:clientId is null or e.clientId = :clientId) and (:status is null or e.status = :status)
            order by e.createdAt desc""")
    List<Object[]> summaries(String clientId, CalculationStatus status, Pageable page);

    /**
     * {@link #summaries}, narrowed to the rows of the clients {@code clientIds} (never empty) or written by {@code author}:
     * what a coordinator may see, before the rows of the author's that belong to a client no longer theirs are set aside.
     */
    @Query("""
            select e.id, e.clientId, e.jurisdiction, e.calculationDate, e.status, e.currency, e.totalAmount, e.createdBy, e.createdAt
            from TaxCalculationEntity e
            where (:clientId is null or e.clientId = :clientId) and (:status is null or e.status = :status)
              and (e.clientId in :clientIds or e.createdBy = :author)
            order by e.createdAt desc""")
    List<Object[]> summariesOf(java.util.Collection<String> clientIds, String author, String clientId, CalculationStatus status,
            Pageable page);
}
