package org.tradedesk.taxes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tradedesk.taxes.CalculationStatus;

@Entity
@Table(name = "tax_calculation")
class TaxCalculationEntity {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(name = "client_id")
    private String clientId;
    private String jurisdiction;
    @Column(name = "calculation_date")
    private LocalDate calculationDate;
    @Enumerated(EnumType.STRING)
    private CalculationStatus status;
    private String currency;
    @Column(name = "total_amount")
    private BigDecimal totalAmount;
    @Column(name = "chain_version")
    private String chainVersion;
    @Column(name = "request_json")
    private String requestJson;
    @Column(name = "result_json")
    private String resultJson;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;

    protected TaxCalculationEntity() {
    }

    TaxCalculationEntity(UUID id, String clientId, String jurisdiction, LocalDate date, String currency, BigDecimal total,
            String chainVersion, String requestJson, String resultJson, String createdBy, Instant createdAt) {
        this.id = id;
        this.clientId = clientId;
        this.jurisdiction = jurisdiction;
        this.calculationDate = date;
        this.status = CalculationStatus.DRAFT;
        this.currency = currency;
        this.totalAmount = total;
        this.chainVersion = chainVersion;
        this.requestJson = requestJson;
        this.resultJson = resultJson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void moveTo(CalculationStatus target) {
        this.status = status.moveTo(target);
    }

    void approve(String by, Instant at) {
        moveTo(CalculationStatus.APPROVED);
        this.approvedBy = by;
        this.approvedAt = at;
    }

    UUID id() { return id; }
    long version() { return version; }
    String clientId() { return clientId; }
    String jurisdiction() { return jurisdiction; }
    LocalDate calculationDate() { return calculationDate; }
    CalculationStatus status() { return status; }
    String currency() { return currency; }
    BigDecimal totalAmount() { return totalAmount; }
    String chainVersion() { return chainVersion; }
    String requestJson() { return requestJson; }
    String resultJson() { return resultJson; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    String approvedBy() { return approvedBy; }
    Instant approvedAt() { return approvedAt; }
}
