package org.tradedesk.clearance;

import java.time.Instant;
import java.util.List;

/** A query sent to a client's contact: what is awaited ({@code items}: the rule ids asked about), from whom, since when. */
public record AwaitedQuery(long id, long contactId, String contactName, String contactEmail, int itemCount, List<String> items,
        String sentBy, Instant sentAt) {
}
