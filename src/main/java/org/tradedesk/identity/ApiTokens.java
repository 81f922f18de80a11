package org.tradedesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.shared.InvalidValueException;

/**
 * Personal API tokens ({@code Authorization: Bearer <token>}) for scripts and integrations. The
 * secret is 256 random bits, so a plain SHA-256 of it is enough to store (no salt or slow hash is
 * needed for a value that cannot be guessed, unlike a password); it acts as its owner with the
 * owner's current roles, and stops working when revoked or when the owner is disabled.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "tdk_";
    static final String AUDIT_SUBJECT = "api-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IssuedApiToken create(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidValueException("identity.token.name-invalid", "token name must be 1 to 100 characters");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(CurrentUser.name(), name.trim(), hash(secret), Instant.now(clock)));
        audit.record(AUDIT_SUBJECT, String.valueOf(token.id()), AuditAction.CREATED, null,
                "{\"name\":\"" + name.trim().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        return new IssuedApiToken(token.id(), name.trim(), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> mine() {
        return tokens.findByUsernameOrderByCreatedAtDesc(CurrentUser.name()).stream().map(ApiToken::toSummary).toList();
    }

    @Transactional
    public void revoke(long id) {
        ApiToken token = tokens.findByIdAndUsername(id, CurrentUser.name()).orElseThrow(() -> ApiTokenNotFound.forId(id));
        if (token.active()) {
            token.revoke(Instant.now(clock));
            audit.record(AUDIT_SUBJECT, String.valueOf(id), AuditAction.DELETED, null, "{\"revoked\":true}");
        }
    }

    /** The owner's user name if the secret belongs to an active token; notes the time of use. */
    @Transactional
    Optional<String> ownerOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret)).filter(ApiToken::active).map(token -> {
            Instant now = Instant.now(clock);
            // The last use is shown to the nearest minute; writing it on every call would make each
            // API request a write (a load test showed it as a quarter of the request's cost).
            Instant minuteAgo = now.minusSeconds(60);
            if (token.lastUsedBefore(minuteAgo)) {
                tokens.noteUse(token.id(), now, minuteAgo);
            }
            return token.username();
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
