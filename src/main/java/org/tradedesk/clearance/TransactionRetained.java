package org.tradedesk.clearance;

import java.time.LocalDate;
import org.tradedesk.shared.TradedeskException;

/** The law keeps the records of a clearance for a period; the file cannot be deleted before it ends. */
public class TransactionRetained extends TradedeskException {

    private TransactionRetained(long id, LocalDate keepUntil, String legalReference) {
        super(Kind.CONFLICT, "clearance.transaction.retained", "clearance transaction " + id + " must be kept until "
                + keepUntil + " (" + legalReference + ")", String.valueOf(id), keepUntil.toString(), legalReference);
    }

    public static TransactionRetained until(long id, LocalDate keepUntil, String legalReference) {
        return new TransactionRetained(id, keepUntil, legalReference);
    }
}
