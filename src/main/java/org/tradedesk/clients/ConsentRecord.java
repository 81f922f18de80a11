package org.tradedesk.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Append-only: a withdrawal is a new record, so the history of consent can always be shown. */
@Entity
@Table(name = "contact_consent")
class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private long contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentPurpose purpose;

    @Column(nullable = false, updatable = false)
    private boolean given;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(updatable = false)
    private String note;

    protected ConsentRecord() {
    }

    ConsentRecord(long contactId, ConsentDecision decision, String recordedBy, Instant recordedAt) {
        this.contactId = contactId;
        this.purpose = decision.purpose();
        this.given = decision.given();
        this.effectiveOn = decision.effectiveOn();
        this.note = decision.note();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    ConsentView toView() {
        return new ConsentView(id, purpose, given, effectiveOn, recordedBy, recordedAt, note);
    }
}
