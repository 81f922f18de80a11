package org.tradedesk.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A coordinator assigned to a client (they work its files). Rows are added and removed, never changed. */
@Entity
@Table(name = "client_assignment")
class ClientAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    protected ClientAssignment() {
    }

    ClientAssignment(long clientId, String username, String assignedBy, Instant assignedAt) {
        this.clientId = clientId;
        this.username = username;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    long clientId() {
        return clientId;
    }

    String username() {
        return username;
    }
}
