package org.tradedesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A personal API token: only the SHA-256 of its secret is stored, so a database leak reveals no token. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(nullable = false, updatable = false)
    private String scope;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected ApiToken() {
    }

    ApiToken(String username, String name, String tokenHash, Instant createdAt, ApiTokenScope scope, Instant expiresAt) {
        this.username = username;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.scope = scope.code();
        this.expiresAt = expiresAt;
    }

    ApiTokenScope scope() {
        return ApiTokenScope.ofCode(scope).orElse(ApiTokenScope.READ);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    boolean lastUsedBefore(Instant instant) {
        return lastUsedAt == null || lastUsedAt.isBefore(instant);
    }

    boolean active() {
        return revokedAt == null;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean usableAt(Instant now) {
        return active() && now.isBefore(expiresAt);
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at;
        }
    }

    ApiTokenSummary toSummary() {
        return new ApiTokenSummary(id, name, createdAt, lastUsedAt, revokedAt, scope(), expiresAt);
    }
}
