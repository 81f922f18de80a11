package org.tradedesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Append-only: no setters, and the table refuses updates through the application. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at_time", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String username, String subjectType, String subjectId, AuditAction action,
            String before, String after) {
        this.at = at;
        this.username = username;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.before = before;
        this.after = after;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, at, username, subjectType, subjectId, action, before, after);
    }
}
