package org.tradedesk.clearance;

import java.time.LocalDate;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.TradedeskException;

/**
 * The law keeps the records of a clearance for a period; the file cannot be deleted before it ends. The file is named as
 * the user knows it ({@link org.tradedesk.clearance.domain.TransactionNames}), the date in the reader's format.
 */
public class TransactionRetained extends TradedeskException {

    private TransactionRetained(MessageText name, long id, LocalDate keepUntil, String legalReference) {
        // the law in the reader's language, as findings name it (t4fixAE 1)
        super(Kind.CONFLICT, MessageText.of("clearance.transaction.retained", Arg.message(name), Arg.date(keepUntil),
                Arg.message(org.tradedesk.clearance.domain.Regulations.text(legalReference))), "clearance transaction " + id + " must be kept until " + keepUntil + " (" + legalReference + ")");
    }

    /** {@code name} as {@link TransactionView#named()} gives it. */
    public static TransactionRetained until(MessageText name, long id, LocalDate keepUntil, String legalReference) {
        return new TransactionRetained(name, id, keepUntil, legalReference);
    }
}
