package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.tradedesk.shared.MessageText;

/** Parsing of the values read from a message, each failure naming the field and where it is. */
final class Values {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private Values() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A decimal in plain notation; EDIFACT's comma decimal mark accepted; no grouping separators. */
    static BigDecimal decimal(String s, String field, String where) {
        String v = blankToNull(s);
        if (v == null) {
            return null;
        }
        if (v.length() > 40) {
            throw invalidNumber(v.substring(0, 40), field, where);
        }
        try {
            return new BigDecimal(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw invalidNumber(v, field, where);
        }
    }

    /**
     * A quantity, mass, price or amount of a line list: a number, not negative, with at most
     * {@link org.tradedesk.platform.validation.Bounds#AMOUNT_INTEGER_DIGITS} digits before the decimal mark and
     * {@link org.tradedesk.platform.validation.Bounds#AMOUNT_FRACTION_DIGITS} after (the bounds of a figure typed in the
     * form). Review of issue 8: {@code 1e999} was taken, and {@code -5} reached the database's generic validation
     * message; both are refused here naming the column (by its label, in the reader's language) and the line.
     */
    static BigDecimal measure(String s, String field, String labelCode, String where) {
        BigDecimal d = decimal(s, field, where);
        if (d == null) {
            return null;
        }
        String shown = clip(s.strip());
        if (d.signum() < 0) {
            throw new UnreadableMessage(MessageText.of("clearance.value.negative", MessageText.Arg.code(labelCode),
                    MessageText.Arg.literal(shown)), where, "negative " + field + " " + shown);
        }
        int integerDigits = org.tradedesk.platform.validation.Bounds.AMOUNT_INTEGER_DIGITS;
        int fractionDigits = org.tradedesk.platform.validation.Bounds.AMOUNT_FRACTION_DIGITS;
        BigDecimal plain = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        if (plain.precision() - plain.scale() > integerDigits || plain.scale() > fractionDigits) {
            throw new UnreadableMessage(MessageText.of("clearance.value.out-of-bounds", MessageText.Arg.code(labelCode),
                    MessageText.Arg.literal(shown), MessageText.Arg.number(integerDigits), MessageText.Arg.number(fractionDigits)),
                    where, field + " out of bounds " + shown);
        }
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    static Integer integer(String s, String field, String where) {
        BigDecimal d = decimal(s, field, where);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw invalidNumber(s, field, where);
        }
    }

    /** {@code 2015-01-09} or {@code 20150109} (EDIFACT/CII format 102). */
    static LocalDate date(String s, String field, String where) {
        String v = blankToNull(s);
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 8 ? LocalDate.parse(v, BASIC) : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new UnreadableMessage(MessageText.of("clearance.value.invalid-date",
                    MessageText.Arg.literal(field), MessageText.Arg.literal(clip(v))), where, "bad date " + clip(v));
        }
    }

    static String clip(String v) {
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }

    private static UnreadableMessage invalidNumber(String v, String field, String where) {
        return new UnreadableMessage(MessageText.of("clearance.value.invalid-number",
                MessageText.Arg.literal(field), MessageText.Arg.literal(clip(v))), where, "bad number " + clip(v) + " in " + field);
    }

    /** An Incoterms 2020 rule, or refused naming where. */
    static org.tradedesk.shared.Incoterm incoterm(String s, String where) {
        String v = blankToNull(s);
        if (v == null) {
            return null;
        }
        try {
            return org.tradedesk.shared.Incoterm.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new UnreadableMessage(MessageText.of("clearance.cusdec.incoterm", MessageText.Arg.literal(clip(v))), where, "incoterm");
        }
    }

    /** Message function 9 or 4, or refused naming where. */
    static DeclarationMessage.FunctionCode functionCode(String s, String where) {
        try {
            return DeclarationMessage.FunctionCode.ofCode(String.valueOf(blankToNull(s)));
        } catch (IllegalArgumentException e) {
            throw new UnreadableMessage(MessageText.of("clearance.cusdec.function-code", MessageText.Arg.literal(clip(String.valueOf(s)))),
                    where, "function code");
        }
    }
}
