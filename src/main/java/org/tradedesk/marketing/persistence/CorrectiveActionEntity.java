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
import java.time.LocalDate;
import org.tradedesk.marketing.CorrectiveActionView;
import org.tradedesk.marketing.MarketingInputInvalid;
import org.tradedesk.marketing.domain.ActionStatus;

@Entity
@Table(name = "marketing_corrective_action")
class CorrectiveActionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "kpi_id", updatable = false)
    private long kpiId;
    private String action;
    private String owner;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    protected CorrectiveActionEntity() {
    }

    CorrectiveActionEntity(long kpiId, String action, String owner, LocalDate due) {
        this.kpiId = kpiId;
        this.action = action;
        this.owner = owner;
        this.dueDate = due;
        this.status = ActionStatus.OPEN;
    }

    void moveTo(ActionStatus next) {
        if (!status.canMoveTo(next)) {
            throw new MarketingInputInvalid("marketing.action.transition", "a " + status + " action cannot move to " + next,
                    new org.springframework.context.support.DefaultMessageSourceResolvable("marketing.action.status." + status),
                    new org.springframework.context.support.DefaultMessageSourceResolvable("marketing.action.status." + next));
        }
        this.status = next;
    }

    long kpiId() {
        return kpiId;
    }

    CorrectiveActionView toView() {
        return new CorrectiveActionView(id, version, kpiId, action, owner, dueDate, status);
    }
}
