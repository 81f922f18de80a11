package org.tradedesk.clearance.persistence;

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
import java.time.Instant;
import org.tradedesk.clearance.AlternativeKind;

/** One alternative solution of an issue, as recorded (not changed afterwards: a new one is added instead). */
@Entity
@Table(name = "clearance_alternative")
class AlternativeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "issue_id", nullable = false, updatable = false)
    private long issueId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AlternativeKind kind;
    @Column(nullable = false, updatable = false)
    private String benefits;
    @Column(name = "cost_amount", nullable = false, updatable = false)
    private BigDecimal costAmount;
    @Column(name = "cost_currency", nullable = false, updatable = false)
    private String costCurrency;
    @Column(name = "legal_requirements", nullable = false, updatable = false)
    private String legalRequirements;
    @Column(nullable = false, updatable = false)
    private String risks;
    @Column(name = "risk_management", nullable = false, updatable = false)
    private String riskManagement;
    @Column(nullable = false, updatable = false)
    private int likelihood;
    @Column(nullable = false, updatable = false)
    private int impact;
    /** The costing as JSON ({@link org.tradedesk.clearance.AlternativeCosting}); null for an alternative recorded before. */
    @Column(updatable = false)
    private String costing;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AlternativeEntity() {
    }

    AlternativeEntity(long issueId, AlternativeKind kind, String benefits, BigDecimal costAmount, String costCurrency,
            String legalRequirements, String risks, String riskManagement, int likelihood, int impact, String costing, String user, Instant now) {
        this.costing = costing;
        this.issueId = issueId;
        this.kind = kind;
        this.benefits = benefits;
        this.costAmount = costAmount;
        this.costCurrency = costCurrency;
        this.legalRequirements = legalRequirements;
        this.risks = risks;
        this.riskManagement = riskManagement;
        this.likelihood = likelihood;
        this.impact = impact;
        this.createdBy = user;
        this.createdAt = now;
    }

    Long id() { return id; }
    long issueId() { return issueId; }
    AlternativeKind kind() { return kind; }
    String benefits() { return benefits; }
    BigDecimal costAmount() { return costAmount; }
    String costCurrency() { return costCurrency; }
    String legalRequirements() { return legalRequirements; }
    String risks() { return risks; }
    String riskManagement() { return riskManagement; }
    int likelihood() { return likelihood; }
    int impact() { return impact; }
    String costing() { return costing; }
}
