package org.tradedesk.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a personal API token may do, on top of its owner's roles (which it never exceeds):
 * everything, only read (GET, HEAD, OPTIONS), or everything within one module's API.
 */
public enum ApiTokenScope {

    ALL("all", List.of()),
    READ("read", List.of()),
    TAXES("taxes", List.of("/api/v1/tax")),
    TARIFF("tariff", List.of("/api/v1/tariff")),
    CLIENTS("clients", List.of("/api/v1/clients"));

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String code;
    private final List<String> apiRoots;

    ApiTokenScope(String code, List<String> apiRoots) {
        this.code = code;
        this.apiRoots = apiRoots;
    }

    /** The value stored and sent in forms: {@code all}, {@code read}, {@code taxes}, ... */
    public String code() {
        return code;
    }

    public static Optional<ApiTokenScope> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** Whether a call with this method to this path (without the context path) is inside the scope. */
    boolean allows(String method, String path) {
        return switch (this) {
            case ALL -> true;
            case READ -> SAFE_METHODS.contains(method);
            default -> apiRoots.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
        };
    }
}
