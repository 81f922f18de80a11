package org.tradedesk.markets;

/**
 * A row left out of an import, with why: {@code code} is a message code ({@code markets.reject.*}) worded in the
 * reader's language with {@code detail} (the file's own words: the cell, the count) as its argument.
 */
public record Rejection(long line, String code, String detail) {
}
