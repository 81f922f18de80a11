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
import java.time.Instant;
import org.tradedesk.clearance.DocumentType;

/** A document of a file: the file as uploaded (never changed) and, for an invoice, its captured data (changeable, with history). */
@Entity
@Table(name = "clearance_document")
class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "transaction_id", nullable = false, updatable = false)
    private long transactionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType type;

    @Column(name = "file_name", updatable = false)
    private String fileName;
    @Column(name = "content_type", updatable = false)
    private String contentType;
    @Column(name = "size_bytes", updatable = false)
    private Long sizeBytes;
    @Column(updatable = false)
    private String sha256;
    @Column(updatable = false)
    private byte[] content;

    @Column(name = "capture_format")
    private String captureFormat;
    @Column(name = "captured_json")
    private String capturedJson;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    protected DocumentEntity() {
    }

    DocumentEntity(long transactionId, DocumentType type, String fileName, String contentType, byte[] content,
            String sha256, String captureFormat, String capturedJson, String user, Instant now) {
        this.transactionId = transactionId;
        this.type = type;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content == null ? null : (long) content.length;
        this.sha256 = sha256;
        this.captureFormat = captureFormat;
        this.capturedJson = capturedJson;
        this.uploadedBy = user;
        this.uploadedAt = now;
    }

    void recapture(String format, String json) {
        this.captureFormat = format;
        this.capturedJson = json;
    }

    /** Filed as another type (a file kept as OTHER, uploaded again as the invoice it is), with what was read of it. */
    void reclassify(DocumentType type, String format, String json) {
        this.type = type;
        this.captureFormat = format;
        this.capturedJson = json;
    }

    /** Withdrawn from the file: kept for the record (file, checksum, captured data stay), counted nowhere. Once only. */
    void withdraw(String user, Instant now, String reason) {
        this.withdrawnBy = user;
        this.withdrawnAt = now;
        this.withdrawalReason = reason;
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }

    String withdrawnBy() {
        return withdrawnBy;
    }

    String withdrawalReason() {
        return withdrawalReason;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long transactionId() {
        return transactionId;
    }

    DocumentType type() {
        return type;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    Long sizeBytes() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    byte[] content() {
        return content;
    }

    String captureFormat() {
        return captureFormat;
    }

    String capturedJson() {
        return capturedJson;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
