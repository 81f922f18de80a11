package org.tradedesk.clearance;

import org.tradedesk.clearance.domain.TransactionNames;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * A closed transaction is a record: nothing in it changes any more. The file is named as the user knows it
 * ({@link TransactionNames}: its reference and client), never by its id.
 */
public class TransactionClosed extends TradedeskException {

    private TransactionClosed(MessageText name, Long id) {
        super(Kind.CONFLICT, MessageText.of("clearance.transaction.closed", MessageText.Arg.message(name)),
                "clearance transaction " + id + " is closed and read-only");
    }

    /** The file by its reference and client ({@link TransactionView#named()}). */
    public static TransactionClosed of(TransactionView view) {
        return new TransactionClosed(view.named(), view.id());
    }

    /** The file as {@link TransactionView#named()} names it ({@code name}). */
    public static TransactionClosed of(MessageText name, Long id) {
        return new TransactionClosed(name, id);
    }

    /** The file by its reference alone (where its client's name is not at hand), else its number. */
    public static TransactionClosed ofReference(String reference, Long id) {
        return new TransactionClosed(TransactionNames.named(reference, null, id == null ? 0 : id), id);
    }
}
