package org.tradedesk.marketing;

import java.time.Instant;

/** The lessons learnt and next targets of a campaign, written by staff for the results report (O3.3.1). */
public record ResultsNote(String lessons, String nextTargets, long version, String updatedBy, Instant updatedAt) {

    public static ResultsNote empty() {
        return new ResultsNote(null, null, -1, null, null);
    }
}
