package org.tradedesk.clients;

/**
 * A contact as listed under a client: no e-mail or phone, so listing a client does not disclose
 * personal data; the full details come from {@link ClientDirectory#viewContact}, which is audited.
 */
public record ContactSummary(long id, String name, String jobRole, PreferredLanguage preferredLanguage, boolean erased) {
}
