package org.tradedesk.taxes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.EffectivePeriod;
import org.tradedesk.taxes.domain.ExchangeRate;

/** A row of the rate table; rows are only added, never edited, so a saved calculation's rate stays findable. */
@Entity
@Table(name = "tax_exchange_rate")
class ExchangeRateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String jurisdiction;
    private String currency;
    @Column(name = "local_currency")
    private String localCurrency;
    private BigDecimal rate;
    @Enumerated(EnumType.STRING)
    private ExchangeRate.Quotation quotation;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    private String source;
    @Column(name = "import_id")
    private Long importId;

    protected ExchangeRateEntity() {
    }

    ExchangeRateEntity(ExchangeRate rate, Long importId) {
        this.jurisdiction = rate.jurisdiction();
        this.currency = rate.currency().value();
        this.localCurrency = rate.local().value();
        this.rate = rate.rate();
        this.quotation = rate.quotation();
        this.validFrom = rate.period().from();
        this.validTo = rate.period().to();
        this.source = rate.source();
        this.importId = importId;
    }

    Long importId() {
        return importId;
    }

    ExchangeRate toDomain() {
        return new ExchangeRate(jurisdiction, CurrencyCode.of(currency), CurrencyCode.of(localCurrency), rate, quotation,
                new EffectivePeriod(validFrom, validTo), source, id);
    }
}
