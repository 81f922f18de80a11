package org.tradedesk.clearance.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The key figures captured of one document of a file (packing list, B/L, AWB, certificate of origin, permit). */
@Entity
@Table(name = "clearance_document_figures")
class DocumentFiguresEntity {

    @Id
    @Column(name = "document_id")
    private Long documentId;
    @Version
    private long version;
    private Integer packages;
    @Column(name = "gross_mass_kg")
    private BigDecimal grossMassKg;
    @Column(name = "net_mass_kg")
    private BigDecimal netMassKg;
    private BigDecimal quantity;
    private String shipper;
    private String consignee;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "tariff_codes")
    private String tariffCodes;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DocumentFiguresEntity() {
    }

    DocumentFiguresEntity(long documentId) {
        this.documentId = documentId;
    }

    void set(Integer packages, BigDecimal gross, BigDecimal net, BigDecimal quantity, String shipper, String consignee,
            LocalDate issuedOn, LocalDate validUntil, String tariffCodes, String user, Instant now) {
        this.packages = packages;
        this.grossMassKg = gross;
        this.netMassKg = net;
        this.quantity = quantity;
        this.shipper = shipper;
        this.consignee = consignee;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.tariffCodes = tariffCodes;
        this.recordedBy = user;
        this.recordedAt = now;
    }

    Long documentId() { return documentId; }
    long version() { return version; }
    Integer packages() { return packages; }
    BigDecimal grossMassKg() { return grossMassKg; }
    BigDecimal netMassKg() { return netMassKg; }
    BigDecimal quantity() { return quantity; }
    String shipper() { return shipper; }
    String consignee() { return consignee; }
    LocalDate issuedOn() { return issuedOn; }
    LocalDate validUntil() { return validUntil; }
    String tariffCodes() { return tariffCodes; }
}
