package org.tradedesk.identity;

/** A freshly created token: {@code secret} is shown to its owner this once and never again. */
public record IssuedApiToken(long id, String name, String secret) {
}
