package org.tradedesk.marketing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The recorded market decision (markets module: project and decision ids) a campaign comes from. */
@Entity
@Table(name = "marketing_campaign_decision")
class CampaignDecisionEntity {

    @Id
    @Column(name = "campaign_id")
    private Long campaignId;
    @Column(name = "project_id")
    private long projectId;
    @Column(name = "decision_id")
    private long decisionId;
    @Column(name = "linked_by")
    private String linkedBy;
    @Column(name = "linked_at")
    private Instant linkedAt;

    protected CampaignDecisionEntity() {
    }

    CampaignDecisionEntity(long campaignId) {
        this.campaignId = campaignId;
    }

    void link(long projectId, long decisionId, String user, Instant now) {
        this.projectId = projectId;
        this.decisionId = decisionId;
        this.linkedBy = user;
        this.linkedAt = now;
    }

    long projectId() {
        return projectId;
    }

    long decisionId() {
        return decisionId;
    }

    String linkedBy() {
        return linkedBy;
    }

    Instant linkedAt() {
        return linkedAt;
    }
}
