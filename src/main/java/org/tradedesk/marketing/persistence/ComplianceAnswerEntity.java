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
import java.time.Instant;
import org.tradedesk.marketing.domain.ComplianceAnswer;
import org.tradedesk.marketing.domain.ComplianceResponse;

/** One checklist item as answered for one activity; answering again replaces the answer (the audit trail keeps each). */
@Entity
@Table(name = "marketing_compliance_answer")
class ComplianceAnswerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "activity_id", updatable = false)
    private long activityId;
    @Column(name = "item_code", updatable = false)
    private String itemCode;
    @Enumerated(EnumType.STRING)
    private ComplianceAnswer answer;
    private String note;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ComplianceAnswerEntity() {
    }

    ComplianceAnswerEntity(long activityId, String itemCode) {
        this.activityId = activityId;
        this.itemCode = itemCode;
    }

    void answer(ComplianceAnswer answer, String note, String user, Instant now) {
        this.answer = answer;
        this.note = note;
        this.answeredBy = user;
        this.answeredAt = now;
    }

    long activityId() {
        return activityId;
    }

    long version() {
        return version;
    }

    ComplianceResponse toResponse() {
        return new ComplianceResponse(itemCode, answer, note, answeredBy, answeredAt);
    }
}
