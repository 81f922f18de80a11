package org.tradedesk.clearance;

import java.time.Instant;
import java.util.List;

/**
 * A query sent to a client's contact: what is awaited ({@code items}: the rule ids asked about), from whom, since when;
 * {@code answered}: the items the client supplied since (a document of the awaited kind uploaded, or the answer recorded),
 * each with who recorded it and when; {@code awaiting}: the items still awaited. {@code mailFailedAt} and
 * {@code mailFailure}: when the mail, sent once the query was committed, was refused and the server's own text (null: it
 * went; t4fixX 2), for the log and the administrators only; {@code mailFailureCause}: why, as a code the reader reads in
 * their language (t4fixAC 1; {@link org.tradedesk.clients.MailFailure#OTHER} for a refusal recorded before the code was). {@code awaitedItems}: each item still awaited as the reader reads it (what, from whom, since when; t4fixX 1),
 * given by {@link ClearanceQueries#awaited}.
 */
public record AwaitedQuery(long id, long contactId, String contactName, String contactEmail, int itemCount, List<String> items,
        String sentBy, Instant sentAt, List<AnsweredItem> answered, Instant mailFailedAt, String mailFailure,
        org.tradedesk.clients.MailFailure mailFailureCause, List<AwaitedItem> awaitedItems) {

    public AwaitedQuery {
        items = items == null ? List.of() : List.copyOf(items);
        mailFailureCause = mailFailedAt == null ? null : mailFailureCause == null ? org.tradedesk.clients.MailFailure.OTHER : mailFailureCause;
        answered = answered == null ? List.of() : List.copyOf(answered);
        awaitedItems = awaitedItems == null ? List.of() : List.copyOf(awaitedItems);
    }

    public AwaitedQuery(long id, long contactId, String contactName, String contactEmail, int itemCount, List<String> items,
            String sentBy, Instant sentAt, List<AnsweredItem> answered) {
        this(id, contactId, contactName, contactEmail, itemCount, items, sentBy, sentAt, answered, null, null, null, List.of());
    }

    /** This query with the items it awaits named for the reader. */
    public AwaitedQuery withAwaitedItems(List<AwaitedItem> named) {
        return new AwaitedQuery(id, contactId, contactName, contactEmail, itemCount, items, sentBy, sentAt, answered, mailFailedAt,
                mailFailure, mailFailureCause, named);
    }

    /** The message code of why the mail did not go, in the reader's language on the page; null when it went. */
    public String mailFailureCode() {
        return mailFailureCause == null ? null : mailFailureCause.messageCode();
    }

    /** Whether the mail did not go (refused after the query was committed): nothing is awaited from the contact then. */
    public boolean mailFailed() {
        return mailFailedAt != null;
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
    /**
     * An item the query still awaits, as the reader reads it: the item (a rule id), {@code what} — the rule's name in the
     * reader's language, with the documents its findings concern now ({@code documents}, named as findings name them) —
     * from whom (the contact) and since when ({@code since}, the day in the file's zone {@code sinceDay}); {@code text}
     * says all of it in one sentence.
     */
    public record AwaitedItem(String item, org.tradedesk.shared.MessageText what, List<FindingDocumentNames.Named> documents,
            long contactId, String contactName, String contactEmail, Instant since, java.time.LocalDate sinceDay,
            org.tradedesk.shared.MessageText text) {

        public AwaitedItem {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    public record AnsweredItem(String item, String how, Long documentId, String note, String answeredBy, Instant answeredAt) {
    }
}
