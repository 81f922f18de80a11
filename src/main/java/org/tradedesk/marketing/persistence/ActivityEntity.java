package org.tradedesk.marketing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.tradedesk.marketing.ActivityDetails;
import org.tradedesk.marketing.ActivityView;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.domain.ActivityKind;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;

@Entity
@Table(name = "marketing_activity")
class ActivityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "campaign_id", updatable = false)
    private long campaignId;
    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    private String name;
    private String description;
    @Column(name = "cost_amount")
    private BigDecimal costAmount;
    @Column(name = "cost_currency")
    private String costCurrency;
    @Column(name = "effort_days")
    private BigDecimal effortDays;
    private boolean chosen;

    protected ActivityEntity() {
    }

    ActivityEntity(long campaignId, ActivityDetails details) {
        this.campaignId = campaignId;
        change(details);
    }

    void change(ActivityDetails d) {
        this.kind = d.kind();
        this.name = d.name();
        this.description = d.description();
        this.costAmount = d.estimatedCost().amount();
        this.costCurrency = d.estimatedCost().currency().value();
        this.effortDays = d.effortDays();
    }

    void choose(boolean chosen) {
        this.chosen = chosen;
    }

    Long id() {
        return id;
    }

    long campaignId() {
        return campaignId;
    }

    long version() {
        return version;
    }

    ActivityView toView() {
        return new ActivityView(id, version, new CampaignId(campaignId), kind, name, description,
                new Money(costAmount, CurrencyCode.of(costCurrency)), effortDays, chosen);
    }
}
