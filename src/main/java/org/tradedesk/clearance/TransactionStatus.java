package org.tradedesk.clearance;

import java.util.EnumSet;
import java.util.Set;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * Life of a clearance transaction: drafted while documents come in, documents complete, declared to
 * customs, then released or held (inspection, a query, a missing permit), and closed once nothing is left
 * to do. A closed transaction is a record: read-only. The allowed moves live here.
 */
public enum TransactionStatus {
    DRAFT, DOCUMENTS_COMPLETE, DECLARED, RELEASED, HELD, CLOSED;

    public Set<TransactionStatus> next() {
        return switch (this) {
            // a shipment that does not go ahead is closed without a declaration
            case DRAFT -> EnumSet.of(DOCUMENTS_COMPLETE, CLOSED);
            // a document found missing after all sends the file back to draft
            case DOCUMENTS_COMPLETE -> EnumSet.of(DECLARED, DRAFT, CLOSED);
            case DECLARED -> EnumSet.of(RELEASED, HELD);
            // held goods are released after the inspection or query, or closed (seized, re-exported, abandoned)
            case HELD -> EnumSet.of(RELEASED, CLOSED);
            case RELEASED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(TransactionStatus.class);
        };
    }

    public boolean readOnly() {
        return this == CLOSED;
    }

    /** Throws a CONFLICT naming both states and the allowed ones when the move is not allowed. */
    public TransactionStatus moveTo(TransactionStatus target) {
        if (!next().contains(target)) {
            // every state by its name in the reader's language (review: 「狀態為 DRAFT 的案件不能改為 DECLARED」)
            MessageText.Arg[] allowed = next().stream().map(TransactionStatus::named).toArray(MessageText.Arg[]::new);
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "clearance.transaction.status",
                    MessageText.of("clearance.transaction.status", named(this), named(target),
                            MessageText.Arg.message(MessageText.of("clearance.status.allowed." + allowed.length, allowed))),
                    "a transaction in status " + this + " cannot become " + target + " (allowed: " + next() + ")");
        }
        return target;
    }

    private static MessageText.Arg named(TransactionStatus status) {
        return MessageText.Arg.message(MessageText.of("clearance.status." + status.name()));
    }
}
