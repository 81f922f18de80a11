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
import org.tradedesk.clearance.IssueStatus;
import org.tradedesk.clearance.IssueTransitionRefused;

/** An issue of a file; once RESOLVED (a solution chosen and confirmed) it no longer changes. */
@Entity
@Table(name = "clearance_issue")
class IssueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "transaction_id", nullable = false, updatable = false)
    private long transactionId;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String implications;
    @Column(nullable = false)
    private int likelihood;
    @Column(nullable = false)
    private int impact;
    @Column(nullable = false)
    private String owner;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IssueStatus status;
    @Column(name = "chosen_alternative_id")
    private Long chosenAlternativeId;
    @Column(name = "choice_reasons")
    private String choiceReasons;
    @Column(name = "choice_references")
    private String choiceReferences;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "finding_key", updatable = false)
    private String findingKey;
    /** SHA-256 (hex) of the finding's key, what the unique index holds (null for issues opened before it was kept). */
    @Column(name = "finding_key_sha256", updatable = false)
    private String findingKeySha256;
    /** The day the finding was first seen resolved (written by {@link IssueStore#recordResolved} only). */
    @Column(name = "finding_resolved_on", insertable = false, updatable = false)
    private java.time.LocalDate findingResolvedOn;
    @Column(name = "finding_rule", updatable = false)
    private String findingRule;
    @Column(name = "finding_severity", updatable = false)
    private String findingSeverity;
    @Column(name = "finding_regulation", updatable = false)
    private String findingRegulation;
    @Column(name = "description_text", updatable = false)
    private String descriptionText;
    @Column(name = "implications_text", updatable = false)
    private String implicationsText;

    protected IssueEntity() {
    }

    IssueEntity(long transactionId, String description, String implications, int likelihood, int impact, String owner,
            String user, Instant now) {
        this.transactionId = transactionId;
        this.description = description;
        this.implications = implications;
        this.likelihood = likelihood;
        this.impact = impact;
        this.owner = owner;
        this.status = IssueStatus.OPEN;
        this.createdBy = user;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Links the issue to the finding it is opened from (before it is first saved). */
    IssueEntity fromFinding(String key, String rule, String severity, String regulation, String descriptionJson,
            String implicationsJson) {
        this.findingKey = key;
        this.findingKeySha256 = keyHash(key);
        this.findingRule = rule;
        this.findingSeverity = severity;
        this.findingRegulation = regulation;
        this.descriptionText = descriptionJson;
        this.implicationsText = implicationsJson;
        return this;
    }

    /** The SHA-256 of a finding's key in UTF-8, as lowercase hex. */
    static String keyHash(String key) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    void requireOpen() {
        if (status != IssueStatus.OPEN) {
            throw IssueTransitionRefused.resolved(id);
        }
    }

    void touch(Instant now) {
        requireOpen();
        this.updatedAt = now;
    }

    void choose(long alternativeId, String reasons, String references, String confirmedBy, Instant confirmedAt, Instant now) {
        requireOpen();
        this.chosenAlternativeId = alternativeId;
        this.choiceReasons = reasons;
        this.choiceReferences = references;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
        this.status = IssueStatus.RESOLVED;
        this.updatedAt = now;
    }

    Long id() { return id; }
    long version() { return version; }
    long transactionId() { return transactionId; }
    String description() { return description; }
    String implications() { return implications; }
    int likelihood() { return likelihood; }
    int impact() { return impact; }
    String owner() { return owner; }
    IssueStatus status() { return status; }
    Long chosenAlternativeId() { return chosenAlternativeId; }
    String choiceReasons() { return choiceReasons; }
    String choiceReferences() { return choiceReferences; }
    String confirmedBy() { return confirmedBy; }
    Instant confirmedAt() { return confirmedAt; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    String findingKey() { return findingKey; }

    java.time.LocalDate findingResolvedOn() { return findingResolvedOn; }
    String findingRule() { return findingRule; }
    String findingSeverity() { return findingSeverity; }
    String findingRegulation() { return findingRegulation; }
    String descriptionText() { return descriptionText; }
    String implicationsText() { return implicationsText; }
}
