package org.tradedesk.clearance.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document of the file put forward as evidence in a dispute. */
@Entity
@Table(name = "clearance_dispute_evidence")
class DisputeEvidenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dispute_id", nullable = false, updatable = false)
    private long disputeId;
    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;
    @Column(nullable = false, updatable = false)
    private String note;
    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;
    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected DisputeEvidenceEntity() {
    }

    DisputeEvidenceEntity(long disputeId, long documentId, String note, String user, Instant now) {
        this.disputeId = disputeId;
        this.documentId = documentId;
        this.note = note;
        this.addedBy = user;
        this.addedAt = now;
    }

    Long id() { return id; }
    long disputeId() { return disputeId; }
    long documentId() { return documentId; }
    String note() { return note; }
}
