package org.tradedesk.clients;

/**
 * An application event another module publishes when something it did belongs in a client's history
 * (a calculation approved, advice sent). The clients module records it after the publisher's
 * transaction committed, through Spring Modulith's event publication registry, so the entry is not
 * lost if recording fails and the publisher never calls this module to write history.
 *
 * <p>The publisher's own event records implement this interface (taxes' {@code CalculationSent}), so
 * the arrow keeps pointing from the publisher to clients and no cycle arises.
 */
public interface ClientHistoryEvent {

    ClientId clientId();

    /** The line to add; its {@code occurredAt} is when it happened, not when it is recorded. */
    NewCommunication historyEntry();

    /** Who did it: the entry is recorded later, outside that person's request. */
    String recordedBy();
}
