package org.tradedesk.marketing;

/**
 * The market decision (T2, module {@code markets}) a campaign comes from: its id and a text summary of
 * the market and product decided. Kept as a plain reference until the markets module lands, then linked.
 */
public record MarketDecisionRef(String decisionId, String summary) {
}
