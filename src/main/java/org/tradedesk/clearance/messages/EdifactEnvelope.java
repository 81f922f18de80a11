package org.tradedesk.clearance.messages;

import java.time.LocalDateTime;

/** The interchange envelope (UNB/UNZ) of an EDIFACT message the desk sends: sender and recipient ids, the
 * interchange control reference (unique per lodgement, max 14 characters) and when it was prepared. */
public record EdifactEnvelope(String sender, String recipient, String interchangeReference, LocalDateTime preparedAt) {
}
