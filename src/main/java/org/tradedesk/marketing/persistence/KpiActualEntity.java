package org.tradedesk.marketing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "marketing_kpi_actual")
class KpiActualEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "kpi_id", updatable = false)
    private long kpiId;
    @Column(name = "period_end", updatable = false)
    private LocalDate periodEnd;
    private BigDecimal actual;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected KpiActualEntity() {
    }

    KpiActualEntity(long kpiId, LocalDate periodEnd) {
        this.kpiId = kpiId;
        this.periodEnd = periodEnd;
    }

    /** A period's actual entered again replaces the earlier figure (a correction), with who and when. */
    void record(BigDecimal value, String user, Instant now) {
        this.actual = value;
        this.recordedBy = user;
        this.recordedAt = now;
    }

    long id() {
        return id;
    }

    long kpiId() {
        return kpiId;
    }

    LocalDate periodEnd() {
        return periodEnd;
    }

    BigDecimal actual() {
        return actual;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
