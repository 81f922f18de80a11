package org.tradedesk.shared.duty;

import org.tradedesk.shared.TradedeskException;

/** A valid expression needs a quantity or exchange rate the goods description does not give. */
public class DutyContextIncomplete extends TradedeskException {

    private DutyContextIncomplete(String expression, String missing) {
        super(Kind.INVALID, "duty.context.incomplete",
                "the duty expression '" + expression + "' needs " + missing, expression, missing);
    }

    public static DutyContextIncomplete missing(DutyExpression expression, String missing) {
        return new DutyContextIncomplete(expression.toString(), missing);
    }
}
