package org.tradedesk.clearance.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a file's history: append-only (every column not updatable, no method changes it). */
@Entity
@Table(name = "clearance_history")
class HistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "transaction_id", nullable = false, updatable = false)
    private long transactionId;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;
    @Column(nullable = false, updatable = false)
    private String username;
    @Column(nullable = false, updatable = false)
    private String code;
    @Column(name = "args_json", nullable = false, updatable = false)
    private String argsJson;

    protected HistoryEntity() {
    }

    HistoryEntity(long transactionId, Instant occurredAt, String username, String code, String argsJson) {
        this.transactionId = transactionId;
        this.occurredAt = occurredAt;
        this.username = username;
        this.code = code;
        this.argsJson = argsJson;
    }

    Long id() {
        return id;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String username() {
        return username;
    }

    String code() {
        return code;
    }

    String argsJson() {
        return argsJson;
    }
}
