package org.tradedesk.marketing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tradedesk.marketing.domain.SelectionMethod;

/** A kept selection run; written once, never changed (so no version column). */
@Entity
@Table(name = "marketing_selection_run")
class SelectionRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", updatable = false)
    private long campaignId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private SelectionMethod method;
    @Column(name = "input_json", updatable = false)
    private String inputJson;
    @Column(name = "outcome_json", updatable = false)
    private String outcomeJson;
    @Column(name = "consistency_ratio", updatable = false)
    private Double consistencyRatio;
    @Column(updatable = false)
    private String reasons;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected SelectionRunEntity() {
    }

    SelectionRunEntity(long campaignId, SelectionMethod method, String inputJson, String outcomeJson, Double consistencyRatio,
            String reasons, String createdBy, Instant createdAt) {
        this.campaignId = campaignId;
        this.method = method;
        this.inputJson = inputJson;
        this.outcomeJson = outcomeJson;
        this.consistencyRatio = consistencyRatio;
        this.reasons = reasons;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long campaignId() {
        return campaignId;
    }

    SelectionMethod method() {
        return method;
    }

    String inputJson() {
        return inputJson;
    }

    String outcomeJson() {
        return outcomeJson;
    }

    String reasons() {
        return reasons;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
