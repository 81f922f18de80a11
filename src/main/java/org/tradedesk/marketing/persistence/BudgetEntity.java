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
import java.time.Instant;
import org.tradedesk.marketing.BudgetLocked;
import org.tradedesk.marketing.domain.BudgetStatus;
import org.tradedesk.shared.TradedeskException;

/** One budget version; its lines are kept as JSON exactly as entered. Changes only while DRAFT or RETURNED. */
@Entity
@Table(name = "marketing_budget")
class BudgetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "campaign_id", updatable = false)
    private long campaignId;
    @Column(updatable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    private BudgetStatus status;
    @Column(name = "company_currency", updatable = false)
    private String companyCurrency;
    @Column(name = "contingency_percent")
    private BigDecimal contingencyPercent;
    @Column(name = "lines_json")
    private String linesJson;
    @Column(name = "total_amount")
    private BigDecimal totalAmount;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected BudgetEntity() {
    }

    BudgetEntity(long campaignId, int number, String companyCurrency, String user, Instant now) {
        this.campaignId = campaignId;
        this.number = number;
        this.companyCurrency = companyCurrency;
        this.status = BudgetStatus.DRAFT;
        this.contingencyPercent = BigDecimal.ZERO;
        this.linesJson = "[]";
        this.totalAmount = BigDecimal.ZERO;
        this.createdBy = user;
        this.createdAt = now;
    }

    void change(BigDecimal contingency, String lines, BigDecimal total) {
        if (!status.editable()) {
            throw new BudgetLocked(TradedeskException.Kind.CONFLICT, "marketing.budget.locked",
                    "budget version " + number + " is " + status + " and cannot be changed", String.valueOf(number), state(status));
        }
        this.contingencyPercent = contingency;
        this.linesJson = lines;
        this.totalAmount = total;
    }

    void submit(String user, Instant now) {
        this.status = move(BudgetStatus.SUBMITTED);
        this.submittedBy = user;
        this.submittedAt = now;
        this.reviewComment = null;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    void decide(BudgetStatus target, String comment, String user, Instant now) {
        this.status = move(target);
        this.reviewComment = comment;
        this.decidedBy = user;
        this.decidedAt = now;
    }

    /** The move, or a CONFLICT naming both states in the reader's language (not APPROVED / SUBMITTED). */
    private BudgetStatus move(BudgetStatus target) {
        if (target == null || !status.next().contains(target)) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "marketing.budget.status",
                    "a budget in status " + status + " cannot become " + target, state(status), state(target));
        }
        return target;
    }

    private static Object state(BudgetStatus s) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"marketing.budget.status." + s}, null, String.valueOf(s));
    }

    void supersede() {
        this.status = move(BudgetStatus.SUPERSEDED);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long campaignId() {
        return campaignId;
    }

    int number() {
        return number;
    }

    BudgetStatus status() {
        return status;
    }

    String companyCurrency() {
        return companyCurrency;
    }

    BigDecimal contingencyPercent() {
        return contingencyPercent;
    }

    String linesJson() {
        return linesJson;
    }

    BigDecimal totalAmount() {
        return totalAmount;
    }

    String reviewComment() {
        return reviewComment;
    }

    String submittedBy() {
        return submittedBy;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
