package org.tradedesk.clearance;

import java.time.Instant;
import java.util.List;

/**
 * A query sent to a client's contact: what is awaited ({@code items}: the rule ids asked about), from whom, since when;
 * {@code answered}: the items the client supplied since (a document of the awaited kind uploaded, or the answer recorded),
 * each with who recorded it and when; {@code awaiting}: the items still awaited.
 */
public record AwaitedQuery(long id, long contactId, String contactName, String contactEmail, int itemCount, List<String> items,
        String sentBy, Instant sentAt, List<AnsweredItem> answered) {

    public AwaitedQuery {
        items = items == null ? List.of() : List.copyOf(items);
        answered = answered == null ? List.of() : List.copyOf(answered);
    }

    public AwaitedQuery(long id, long contactId, String contactName, String contactEmail, int itemCount, List<String> items,
            String sentBy, Instant sentAt) {
        this(id, contactId, contactName, contactEmail, itemCount, items, sentBy, sentAt, List.of());
    }

    /** The items not answered yet. */
    @com.fasterxml.jackson.annotation.JsonProperty("awaiting")
    public List<String> awaiting() {
        return items.stream().filter(i -> answered.stream().noneMatch(a -> a.item().equals(i))).toList();
    }

    /** Whether every item asked about has been answered. */
    @com.fasterxml.jackson.annotation.JsonProperty("fullyAnswered")
    public boolean fullyAnswered() {
        return !items.isEmpty() && awaiting().isEmpty();
    }

    /**
     * An item answered: {@code how} DOCUMENT (a document of the awaited kind uploaded, {@code documentId}) or ANSWER (the
     * client's answer recorded, with its {@code note}); who recorded it and when.
     */
    public record AnsweredItem(String item, String how, Long documentId, String note, String answeredBy, Instant answeredAt) {
    }
}
