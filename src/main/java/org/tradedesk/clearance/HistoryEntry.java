package org.tradedesk.clearance;

import java.time.Instant;
import org.tradedesk.shared.MessageText;

/** One line of a file's history: when, who, and what, as a message rendered in the reader's language. */
public record HistoryEntry(long id, Instant at, String username, MessageText what) {
}
