package org.tradedesk.marketing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.TaskDetails;
import org.tradedesk.marketing.TaskView;

@Entity
@Table(name = "marketing_task")
class TaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "campaign_id", updatable = false)
    private long campaignId;
    @Column(name = "activity_id")
    private Long activityId;
    private String title;
    private String responsible;
    private String accountable;
    private String consulted;
    private String informed;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private boolean done;

    protected TaskEntity() {
    }

    TaskEntity(long campaignId, TaskDetails d) {
        this.campaignId = campaignId;
        this.activityId = d.activityId();
        this.title = d.title();
        this.responsible = d.responsible();
        this.accountable = d.accountable();
        this.consulted = d.consulted();
        this.informed = d.informed();
        this.dueDate = d.due();
    }

    void markDone(boolean done) {
        this.done = done;
    }

    long campaignId() {
        return campaignId;
    }

    long version() {
        return version;
    }

    TaskView toView() {
        return new TaskView(id, version, new CampaignId(campaignId), activityId, title, responsible, accountable, consulted, informed,
                dueDate, done);
    }
}
