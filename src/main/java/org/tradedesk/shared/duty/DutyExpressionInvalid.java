package org.tradedesk.shared.duty;

import org.tradedesk.shared.TradedeskException;

/** A duty expression text does not follow the grammar of {@link DutyExpression}; says where and what was expected. */
public class DutyExpressionInvalid extends TradedeskException {

    private final String text;
    private final int position;

    private DutyExpressionInvalid(String text, int position, String expected) {
        // the reader is told where (the expected token, written for developers, stays in the log's English)
        super(Kind.INVALID, org.tradedesk.shared.MessageText.of("duty.expression.invalid",
                        org.tradedesk.shared.MessageText.Arg.literal(text), org.tradedesk.shared.MessageText.Arg.number(position + 1L)),
                "invalid duty expression '" + text + "' at position " + position + ": expected " + expected);
        this.text = text;
        this.position = position;
    }

    /** {@code position} is 0-based, counted in characters of {@code text}. */
    public static DutyExpressionInvalid at(String text, int position, String expected) {
        return new DutyExpressionInvalid(text, position, expected);
    }

    public String text() {
        return text;
    }

    public int position() {
        return position;
    }
}
