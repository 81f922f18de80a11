package org.tradedesk.clearance;

/**
 * Where a declaration stands (P4.5.3, P4.6.1-P4.6.2): a {@code DRAFT} built from the transaction is {@code SENT} to the
 * client, {@code CONFIRMED} by them (that exact version), {@code LODGED} through the channel, then as customs answer
 * {@code ACCEPTED} (received, channel assigned, duty notice), {@code QUERIED}, {@code REJECTED} or {@code RELEASED}.
 * A draft not yet lodged becomes {@code SUPERSEDED} when a newer draft is built: a change after confirmation needs a
 * new confirmation.
 */
public enum DeclarationStatus {
    DRAFT, SENT, CONFIRMED, LODGED, ACCEPTED, QUERIED, REJECTED, RELEASED, SUPERSEDED;

    /** Lodged and, possibly, answered: the message went to customs. */
    public boolean lodged() {
        return ordinal() >= LODGED.ordinal() && this != SUPERSEDED;
    }
}
