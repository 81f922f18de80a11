package org.tradedesk.taxes.domain;

import org.tradedesk.shared.MessageText;

/**
 * One duty a line could clear under: the general rate, a preference or concession the tariff
 * catalogue offers for the origin, or one the request claims. {@code duty} is null for the general
 * rate (the line's own measures); {@code requires} null when claiming it needs nothing.
 */
record DutyCandidate(String scheme, MessageText label, String duty, MessageText requires) {

    static final String GENERAL = "GENERAL";

    static DutyCandidate general() {
        return new DutyCandidate(GENERAL, MessageText.of("taxes.option.GENERAL"), null, null);
    }
}
