package org.tradedesk.taxes.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tradedesk.taxes.CalculationStatus;

interface TaxCalculationRepository extends JpaRepository<TaxCalculationEntity, UUID> {

    List<TaxCalculationEntity> findByClientIdOrderByCreatedAtDescIdDesc(String clientId);

    /** The list columns only (not the request and result documents), newest first (the id orders rows saved at one instant). */
    @Query("""
            select e.id, e.clientId, e.jurisdiction, e.calculationDate, e.status, e.currency, e.totalAmount, e.createdBy, e.createdAt, e.chainVersion
            from TaxCalculationEntity e
            where (:clientId is null or e.clientId = :clientId) and (:status is null or e.status = :status)
            order by e.createdAt desc, e.id desc""")
    List<Object[]> summaries(String clientId, CalculationStatus status, Pageable page);

    /**
     * {@link #summaries}, narrowed to what a coordinator may see, the whole rule in the query: the rows of the clients
     * {@code clientIds} (never empty) and the rows {@code author} saved without a client of the desk ({@code client_id} holds
     * the client's number or null: see migration {@code V2026_12_09_1400}). One query, one page, no rows set aside after it.
     */
    @Query("""
            select e.id, e.clientId, e.jurisdiction, e.calculationDate, e.status, e.currency, e.totalAmount, e.createdBy, e.createdAt, e.chainVersion
            from TaxCalculationEntity e
            where (:clientId is null or e.clientId = :clientId) and (:status is null or e.status = :status)
              and (e.clientId in :clientIds or (e.clientId is null and e.createdBy = :author))
            order by e.createdAt desc, e.id desc""")
    List<Object[]> summariesOf(java.util.Collection<String> clientIds, String author, String clientId, CalculationStatus status,
            Pageable page);
}
