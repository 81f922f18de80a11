package org.tradedesk.clearance;

import java.util.List;
import java.util.Set;
import org.tradedesk.clearance.domain.Deadline;
import org.tradedesk.clearance.domain.Retention;

/**
 * A clearance file as its page and the API show it: the transaction, its client's name, its documents, its
 * deadlines on today's date (open ones soonest first), its retention period and the statuses it may move to.
 * {@code documents} are the file's current documents (what the checks, the declaration, the client query and the document
 * set count); {@code withdrawnDocuments} those withdrawn, kept for the record only.
 */
public record TransactionView(ClearanceTransaction transaction, String clientName, List<DocumentView> documents,
        List<Deadline> deadlines, Retention retention, boolean retentionEnded, Set<TransactionStatus> nextStatuses,
        List<DocumentView> withdrawnDocuments) {

    public long id() {
        return transaction.id().value();
    }

    /**
     * How the file is named wherever a client or customs reads it (letters, reports, document set): the desk's own
     * reference (e.g. {@code R-T4-TW-3}), never the internal id — the id only when no reference was written.
     */
    public String fileReference() {
        return fileReference(details().reference(), id());
    }

    /**
     * The file as every text a user reads names it ({@link org.tradedesk.clearance.domain.TransactionNames}): its reference
     * with the client, the file number only when no reference was written.
     */
    public org.tradedesk.shared.MessageText named() {
        return org.tradedesk.clearance.domain.TransactionNames.named(details().reference(), clientName, id());
    }

    static String fileReference(String reference, long id) {
        return reference == null || reference.isBlank() ? String.valueOf(id) : reference.strip();
    }

    /**
     * The document's place among the file's documents in the order they were added, withdrawn ones counted (1 for the
     * first; 0 when it is not one of them): how a text names a document that has no number of its own.
     */
    public int positionOf(long documentId) {
        return DocumentReference.positionOf(allDocuments(), documentId);
    }

    /** The document as every text names it ({@link DocumentReference}): never its id. */
    public org.tradedesk.shared.MessageText documentNamed(long documentId) {
        return DocumentReference.named(allDocuments(), documentId);
    }

    private List<DocumentView> allDocuments() {
        List<DocumentView> all = new java.util.ArrayList<>(documents == null ? List.of() : documents);
        if (withdrawnDocuments != null) {
            all.addAll(withdrawnDocuments);
        }
        return all;
    }

    public TransactionStatus status() {
        return transaction.status();
    }

    public TransactionDetails details() {
        return transaction.details();
    }

    public boolean readOnly() {
        return transaction.status().readOnly();
    }

    /** The zone the file's clock times are shown in: its jurisdiction's (Asia/Taipei for TW, Australia/Sydney for AU). */
    public java.time.ZoneId clockZone() {
        return FileTime.zone(details().jurisdiction());
    }

    /** The message naming {@link #clockZone()} (臺北時間, Sydney time). */
    public String clockZoneName() {
        return "clearance.docset.zone." + ("AU".equals(String.valueOf(details().jurisdiction())) ? "AU" : "TW");
    }

    /**
     * The date of the file a deadline counts from: {@code DUTY_NOTICE_RECEIVED} for a duty-notice period when the day the
     * client received the notice is on the file (it then counts from that day), else the rule's own anchor.
     */
    public String countsFrom(org.tradedesk.clearance.domain.Deadline d) {
        org.tradedesk.clearance.domain.DateAnchor from = d.rule().from();
        return from == org.tradedesk.clearance.domain.DateAnchor.DUTY_NOTICE && details().dutyNoticeReceived() != null
                ? "DUTY_NOTICE_RECEIVED" : from.name();
    }
}
