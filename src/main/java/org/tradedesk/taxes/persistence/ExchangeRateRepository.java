package org.tradedesk.taxes.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExchangeRateRepository extends JpaRepository<ExchangeRateEntity, Long> {

    /** Rows in force on the date, the latest start (then the latest row) first. */
    @Query("""
            select r from ExchangeRateEntity r
            where r.jurisdiction = :jurisdiction and r.currency = :currency
              and r.validFrom <= :date and (r.validTo is null or r.validTo >= :date)
            order by r.validFrom desc, r.id desc""")
    List<ExchangeRateEntity> inForce(String jurisdiction, String currency, LocalDate date);

    /** Every row in force on the date, per jurisdiction and currency the latest start (then the latest row) first. */
    @Query("""
            select r from ExchangeRateEntity r
            where r.validFrom <= :date and (r.validTo is null or r.validTo >= :date)
            order by r.jurisdiction, r.currency, r.validFrom desc, r.id desc""")
    List<ExchangeRateEntity> allInForce(LocalDate date);
}
