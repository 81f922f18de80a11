package org.tradedesk.marketing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.tradedesk.marketing.domain.BudgetCategory;
import org.tradedesk.marketing.domain.SpendEntry;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;

/** An actual spend entry; written once, never changed. */
@Entity
@Table(name = "marketing_spend")
class SpendEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", updatable = false)
    private long campaignId;
    @Column(name = "budget_number", updatable = false)
    private int budgetNumber;
    @Column(name = "line_number", updatable = false)
    private int lineNumber;
    @Column(name = "activity_id", updatable = false)
    private Long activityId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private BudgetCategory category;
    @Column(name = "line_description", updatable = false)
    private String lineDescription;
    @Column(updatable = false)
    private BigDecimal amount;
    @Column(updatable = false)
    private String currency;
    @Column(name = "spent_on", updatable = false)
    private LocalDate spentOn;
    @Column(updatable = false)
    private String supplier;
    @Column(updatable = false)
    private String receipt;
    @Column(updatable = false)
    private BigDecimal rate;
    @Column(name = "rate_date", updatable = false)
    private LocalDate rateDate;
    @Column(name = "rate_source", updatable = false)
    private String rateSource;
    @Column(name = "converted_amount", updatable = false)
    private BigDecimal convertedAmount;
    @Column(name = "recorded_by", updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    protected SpendEntity() {
    }

    SpendEntity(long campaignId, SpendEntry e) {
        this.campaignId = campaignId;
        this.budgetNumber = e.budgetNumber();
        this.lineNumber = e.lineNumber();
        this.activityId = e.activityId();
        this.category = e.category();
        this.lineDescription = e.lineDescription();
        this.amount = e.amount().amount();
        this.currency = e.amount().currency().value();
        this.spentOn = e.spentOn();
        this.supplier = e.supplier();
        this.receipt = e.receipt();
        this.rate = e.rate();
        this.rateDate = e.rateDate();
        this.rateSource = e.rateSource();
        this.convertedAmount = e.converted().amount();
        this.recordedBy = e.recordedBy();
        this.recordedAt = e.recordedAt();
    }

    SpendEntry toEntry(String companyCurrency) {
        return new SpendEntry(id, budgetNumber, lineNumber, activityId, category, lineDescription,
                new Money(amount, CurrencyCode.of(currency)), spentOn, supplier, receipt, rate, rateDate, rateSource,
                new Money(convertedAmount, CurrencyCode.of(companyCurrency)), recordedBy, recordedAt);
    }
}
