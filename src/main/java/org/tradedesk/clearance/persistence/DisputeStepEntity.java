package org.tradedesk.clearance.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A step taken on a dispute's review route; recorded once, never changed. */
@Entity
@Table(name = "clearance_dispute_step")
class DisputeStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dispute_id", nullable = false, updatable = false)
    private long disputeId;
    @Column(name = "step_id", nullable = false, updatable = false)
    private String stepId;
    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;
    @Column(name = "decided_on", updatable = false)
    private LocalDate decidedOn;
    @Column(nullable = false, updatable = false)
    private String summary;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected DisputeStepEntity() {
    }

    DisputeStepEntity(long disputeId, String stepId, LocalDate filedOn, LocalDate decidedOn, String summary, String user, Instant now) {
        this.disputeId = disputeId;
        this.stepId = stepId;
        this.filedOn = filedOn;
        this.decidedOn = decidedOn;
        this.summary = summary;
        this.recordedBy = user;
        this.recordedAt = now;
    }

    Long id() { return id; }
    long disputeId() { return disputeId; }
    String stepId() { return stepId; }
    LocalDate filedOn() { return filedOn; }
    LocalDate decidedOn() { return decidedOn; }
    String summary() { return summary; }
    String recordedBy() { return recordedBy; }
}
