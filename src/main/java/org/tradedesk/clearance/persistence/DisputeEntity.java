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
import java.time.LocalDate;
import org.tradedesk.clearance.DecisionKind;
import org.tradedesk.clearance.DisputeDecided;
import org.tradedesk.clearance.domain.DisputeOutcome;

/** A dispute with customs on a file; once its outcome is recorded it no longer changes. */
@Entity
@Table(name = "clearance_dispute")
class DisputeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "transaction_id", nullable = false, updatable = false)
    private long transactionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind", nullable = false, updatable = false)
    private DecisionKind decisionKind;
    @Column(name = "decision_reference", nullable = false, updatable = false)
    private String decisionReference;
    @Column(name = "decision_summary", nullable = false, updatable = false)
    private String decisionSummary;
    @Column(name = "notice_received", nullable = false, updatable = false)
    private LocalDate noticeReceived;
    @Column(name = "paid_on", updatable = false)
    private LocalDate paidOn;
    @Column(nullable = false, updatable = false)
    private BigDecimal amount;
    @Column(nullable = false, updatable = false)
    private String currency;
    @Column(name = "client_needs", nullable = false, updatable = false)
    private String clientNeeds;
    @Enumerated(EnumType.STRING)
    private DisputeOutcome outcome;
    @Column(name = "outcome_decided_on")
    private LocalDate outcomeDecidedOn;
    @Column(name = "refunded_amount")
    private BigDecimal refundedAmount;
    @Column(name = "outcome_note")
    private String outcomeNote;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "assessment")
    private String assessment;
    @Column(name = "refund_by_engine", nullable = false)
    private boolean refundByEngine;

    protected DisputeEntity() {
    }

    DisputeEntity(long transactionId, DecisionKind kind, String reference, String summary, LocalDate noticeReceived,
            LocalDate paidOn, BigDecimal amount, String currency, String clientNeeds, String user, Instant now) {
        this.transactionId = transactionId;
        this.decisionKind = kind;
        this.decisionReference = reference;
        this.decisionSummary = summary;
        this.noticeReceived = noticeReceived;
        this.paidOn = paidOn;
        this.amount = amount;
        this.currency = currency;
        this.clientNeeds = clientNeeds;
        this.createdBy = user;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        if (outcome != null) {
            throw new DisputeDecided(id, decisionKind, decisionReference);
        }
        this.updatedAt = now;
    }

    /** Records the tax engine's assessment of the dispute's financial effect (JSON), replacing the one before. */
    void assess(String assessmentJson, Instant now) {
        touch(now);
        this.assessment = assessmentJson;
    }

    void decide(DisputeOutcome outcome, LocalDate decidedOn, BigDecimal refunded, boolean byEngine, String note, Instant now) {
        touch(now);
        this.refundByEngine = byEngine;
        this.outcome = outcome;
        this.outcomeDecidedOn = decidedOn;
        this.refundedAmount = refunded;
        this.outcomeNote = note;
    }

    Long id() { return id; }
    long version() { return version; }
    long transactionId() { return transactionId; }
    DecisionKind decisionKind() { return decisionKind; }
    String decisionReference() { return decisionReference; }
    String decisionSummary() { return decisionSummary; }
    LocalDate noticeReceived() { return noticeReceived; }
    LocalDate paidOn() { return paidOn; }
    BigDecimal amount() { return amount; }
    String currency() { return currency; }
    String clientNeeds() { return clientNeeds; }
    DisputeOutcome outcome() { return outcome; }
    LocalDate outcomeDecidedOn() { return outcomeDecidedOn; }
    BigDecimal refundedAmount() { return refundedAmount; }
    String outcomeNote() { return outcomeNote; }
    String assessment() { return assessment; }
    boolean refundByEngine() { return refundByEngine; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
}
