package org.tradedesk.identity;

/**
 * A freshly created token: {@code secret} is shown to its owner this once and never again. Serializable:
 * it reaches the page through a flash attribute, which lives in the (database) session until the next request.
 */
public record IssuedApiToken(long id, String name, String secret) implements java.io.Serializable {
}
