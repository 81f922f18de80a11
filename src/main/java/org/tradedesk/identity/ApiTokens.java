package org.tradedesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * owner's current roles, limited by its {@link ApiTokenScope}, and stops working when it expires, when
 * it is revoked or when the owner is disabled.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "tdk_";
    static final String AUDIT_SUBJECT = "api-token";
    public static final int DEFAULT_LIFETIME_DAYS = 90;
    public static final int MAX_LIFETIME_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.tradedesk.platform.BusinessCalendar calendar;
    private final ApiTokenGrantCache cache;

    ApiTokens(ApiTokenRepository tokens, AuditTrail audit, Clock clock, ApiTokenGrantCache cache, org.tradedesk.platform.BusinessCalendar calendar) {
        this.calendar = calendar;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.cache = cache;
    }

    /** A token with every right of its owner, for the default lifetime. */
    @Transactional
    public IssuedApiToken create(String name) {
        return create(name, ApiTokenScope.ALL, null);
    }

    /**
     * A token limited to {@code scope}, usable until the end of {@code lastDay} (in the application's
     * time zone); null means {@link #DEFAULT_LIFETIME_DAYS} from today. At most {@link #MAX_LIFETIME_DAYS} ahead.
     */
    @Transactional
    public IssuedApiToken create(String name, ApiTokenScope scope, LocalDate lastDay) {
        if (name == null || name.isBlank() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            // a NUL, TAB or line break in a label is never meant (and went into the audit trail as broken JSON)
            throw new InvalidValueException("identity.token.name-invalid", "token name must be 1 to 100 characters");
        }
        Instant now = Instant.now(clock);
        LocalDate today = calendar.today();
        LocalDate last = lastDay == null ? today.plusDays(DEFAULT_LIFETIME_DAYS) : lastDay;
        if (last.isBefore(today) || last.isAfter(today.plusDays(MAX_LIFETIME_DAYS))) {
            throw new org.tradedesk.shared.TradedeskException("identity.token.expiry-invalid",
                    "the token's last day must be between today and " + MAX_LIFETIME_DAYS + " days ahead", MAX_LIFETIME_DAYS);
        }
        // valid through its last day in the product's zone, not the server's
        Instant expiresAt = calendar.startOf(last.plusDays(1));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(CurrentUser.name(), name.trim(), hash(secret), now,
                scope == null ? ApiTokenScope.ALL : scope, expiresAt));
        audit.record(AUDIT_SUBJECT, String.valueOf(token.id()), AuditAction.CREATED, null,
                "{\"name\":" + jsonString(name.trim()) + ",\"scope\":\""
                        + token.scope().code() + "\",\"expiresAt\":\"" + expiresAt + "\"}");
        return new IssuedApiToken(token.id(), name.trim(), secret);
    }

    /** A JSON string literal: quotes, backslashes and every control character escaped (the audit trail holds valid JSON). */
    static String jsonString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
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
            cache.forgetAll();
            audit.record(AUDIT_SUBJECT, String.valueOf(id), AuditAction.DELETED, null, "{\"revoked\":true}");
        }
    }

    /** The owner and scope if the secret belongs to a token neither revoked nor expired; notes the time of use. */
    @Transactional
    Optional<ApiTokenGrant> grantOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return tokens.findByTokenHash(hash(secret)).filter(token -> token.usableAt(now)).map(token -> {
            // The last use is shown to the nearest minute; writing it on every call would make each
            // API request a write (a load test showed it as a quarter of the request's cost).
            Instant minuteAgo = now.minusSeconds(60);
            if (token.lastUsedBefore(minuteAgo)) {
                tokens.noteUse(token.id(), now, minuteAgo);
            }
            return new ApiTokenGrant(token.username(), token.scope(), token.expiresAt());
        });
    }

    /** Recent resolutions of tokens, forgotten when a token is revoked here. */
    ApiTokenGrantCache grantCache() {
        return cache;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
