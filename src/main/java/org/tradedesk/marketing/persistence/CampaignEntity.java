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
import java.time.Instant;
import java.time.LocalDate;
import org.tradedesk.marketing.CampaignDetails;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.CampaignView;
import org.tradedesk.marketing.domain.CampaignStatus;

@Entity
@Table(name = "marketing_campaign")
class CampaignEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String name;
    @Column(name = "market_country")
    private String marketCountry;
    @Column(name = "product_hs")
    private String productHs;
    @Column(name = "decision_id")
    private String decisionId;
    @Column(name = "decision_summary")
    private String decisionSummary;
    private String objectives;
    private String strategy;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    private String owner;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status;
    @Column(name = "company_currency")
    private String companyCurrency;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected CampaignEntity() {
    }

    CampaignEntity(CampaignDetails details, String user, Instant now) {
        this.status = CampaignStatus.PLANNING;
        this.createdBy = user;
        this.createdAt = now;
        this.companyCurrency = details.companyCurrency().value();
        apply(details);
    }

    /** The company currency is fixed once the campaign exists: budgets already converted to it. */
    void change(CampaignDetails d) {
        apply(d);
    }

    void moveTo(CampaignStatus target) {
        this.status = status.moveTo(target);
    }

    private void apply(CampaignDetails d) {
        this.name = d.name();
        this.marketCountry = d.market().value();
        this.productHs = d.product().digits();
        this.decisionId = d.decision() == null ? null : d.decision().decisionId();
        this.decisionSummary = d.decision() == null ? null : d.decision().summary();
        this.objectives = d.objectives();
        this.strategy = d.strategy();
        this.periodStart = d.start();
        this.periodEnd = d.end();
        this.owner = d.owner();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    CampaignStatus status() {
        return status;
    }

    String companyCurrency() {
        return companyCurrency;
    }

    CampaignView toView() {
        return new CampaignView(new CampaignId(id), version, name, marketCountry, productHs, decisionId, decisionSummary, objectives,
                strategy, periodStart, periodEnd, owner, status, companyCurrency, createdBy, createdAt);
    }

    void setDecision(String decisionId, String summary) {
        this.decisionId = decisionId;
        this.decisionSummary = summary;
    }
}
