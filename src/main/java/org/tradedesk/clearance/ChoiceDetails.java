package org.tradedesk.clearance;

import java.time.Instant;

/** The alternative chosen, why, under which regulations, and who at the client confirmed it when. */
public record ChoiceDetails(long alternativeId, String reasons, String regulationReferences, String confirmedBy,
        Instant confirmedAt) {
}
