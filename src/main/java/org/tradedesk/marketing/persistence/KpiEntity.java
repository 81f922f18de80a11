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
import java.time.LocalDate;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.KpiDetails;
import org.tradedesk.marketing.KpiView;
import org.tradedesk.marketing.domain.KpiKind;

@Entity
@Table(name = "marketing_kpi")
class KpiEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "campaign_id", updatable = false)
    private long campaignId;
    @Column(name = "activity_id")
    private Long activityId;
    @Enumerated(EnumType.STRING)
    private KpiKind kind;
    private BigDecimal target;
    private String monitor;
    @Column(name = "due_date")
    private LocalDate dueDate;

    protected KpiEntity() {
    }

    KpiEntity(long campaignId, KpiDetails d) {
        this.campaignId = campaignId;
        this.activityId = d.activityId();
        this.kind = d.kind();
        this.target = d.target();
        this.monitor = d.monitor();
        this.dueDate = d.due();
    }

    KpiView toView() {
        return new KpiView(id, version, new CampaignId(campaignId), activityId, kind, target, monitor, dueDate);
    }
}
