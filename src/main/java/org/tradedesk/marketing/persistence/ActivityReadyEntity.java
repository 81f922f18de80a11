package org.tradedesk.marketing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An activity marked ready to start (its compliance checklist complete): who and when. No row: not ready. */
@Entity
@Table(name = "marketing_activity_ready")
class ActivityReadyEntity {

    @Id
    @Column(name = "activity_id")
    private Long activityId;
    @Column(name = "marked_by")
    private String markedBy;
    @Column(name = "marked_at")
    private Instant markedAt;

    protected ActivityReadyEntity() {
    }

    ActivityReadyEntity(long activityId, String user, Instant now) {
        this.activityId = activityId;
        this.markedBy = user;
        this.markedAt = now;
    }

    Long activityId() {
        return activityId;
    }

    String markedBy() {
        return markedBy;
    }

    Instant markedAt() {
        return markedAt;
    }
}
