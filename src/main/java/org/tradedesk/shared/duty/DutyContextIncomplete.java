package org.tradedesk.shared.duty;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/** A duty expression needs a figure its context does not hold (a quantity, an exchange rate, the retail price). */
public class DutyContextIncomplete extends TradedeskException {

    private DutyContextIncomplete(String expression, MessageText missing, String englishMissing) {
        super(Kind.INVALID, MessageText.of("duty.context.incomplete", MessageText.Arg.literal(expression), MessageText.Arg.message(missing)),
                "the duty expression '" + expression + "' needs " + englishMissing);
    }

    /** {@code missing} says in the reader's language what is needed; {@code englishMissing} is for the log. */
    public static DutyContextIncomplete missing(DutyExpression expression, MessageText missing, String englishMissing) {
        return new DutyContextIncomplete(expression.toString(), missing, englishMissing);
    }
}
