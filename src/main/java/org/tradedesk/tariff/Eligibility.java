package org.tradedesk.tariff;

import org.tradedesk.shared.MessageText;

/**
 * Whether an origin may claim what a country list governs on a date (a Schedule 1 list, an FTA's
 * parties, a Taiwan column II partner), with the reason in the reader's language and the legal
 * source. {@code toConfirm} marks a membership shipped or entered without a confirmed source: the
 * option is offered but the screen and the letter say "to confirm" next to it.
 */
public record Eligibility(boolean eligible, boolean toConfirm, String listCode, MessageText reason, String legalSource) {
}
