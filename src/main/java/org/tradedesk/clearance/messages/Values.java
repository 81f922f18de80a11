package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.tradedesk.platform.validation.Bounds;
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
            // issue 8: a 41-digit figure is a number, out of range — said so with the bounds, not "not a number"
            if (LONG_NUMBER.matcher(v).matches()) {
                throw new UnreadableMessage(MessageText.of("clearance.value.out-of-range", MessageText.Arg.literal(field),
                        MessageText.Arg.literal(clip(v)), MessageText.Arg.number(Bounds.AMOUNT_INTEGER_DIGITS),
                        MessageText.Arg.number(Bounds.AMOUNT_FRACTION_DIGITS)), where, field + " out of range " + clip(v));
            }
            throw invalidNumber(v.substring(0, 40), field, where);
        }
        try {
            return new BigDecimal(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw invalidNumber(v, field, where);
        }
    }

    /** Digits with an optional sign and decimal mark (a dot or EDIFACT's comma), at most as long as a value may be. */
    private static final java.util.regex.Pattern LONG_NUMBER = java.util.regex.Pattern.compile("[+-]?\\d{1,1000}([.,]\\d{1,1000})?");

    /**
     * A cell of a CSV/XLSX line list: its row ({@code line 3}, {@code sheet S, row 3}), the file's own header of its column,
     * the column's label in the reader's language (a message code), and where exactly ({@code line 3, column 2}).
     */
    record Cell(String row, String header, String labelCode, String where) {

        UnreadableMessage refused(String code, String shown, String log, MessageText.Arg... more) {
            java.util.List<MessageText.Arg> args = new java.util.ArrayList<>();
            MessageText at = UnreadableMessage.locationText(row);
            args.add(at == null ? MessageText.Arg.literal(row) : MessageText.Arg.message(at));
            args.add(MessageText.Arg.literal(header));
            args.add(MessageText.Arg.code(labelCode));
            args.add(MessageText.Arg.literal(shown));
            args.addAll(java.util.List.of(more));
            return new UnreadableMessage(new MessageText(code, args), where, log + " in column " + header + " (" + labelCode + ")");
        }
    }

    /** A comma that is a decimal mark beyond doubt: digits, one comma, then one, two or more than three digits. */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("[+-]?\\d+,(\\d{1,2}|\\d{4,})");

    /**
     * A number of a cell, or refused naming the row, the column (header and label) and what was given. A comma is taken as
     * the decimal mark only where it cannot be a thousands separator ({@code 1234,5}, {@code 12,50}): {@code 1,234},
     * {@code 1,234.50} or {@code 1.234,5} are refused as ambiguous, naming the cell (review R6: {@code 1,234} was read as
     * 1.234 without a word). A value longer than 40 characters is not handed to {@link BigDecimal} (a number out of range
     * when it is digits, otherwise not a number).
     */
    private static BigDecimal number(String s, Cell cell) {
        String v = blankToNull(s);
        if (v == null) {
            return null;
        }
        String shown = clip(v);
        if (v.length() > 40) {
            if (LONG_NUMBER.matcher(v).matches()) {
                throw cell.refused("clearance.linelist.value.out-of-range", shown, "out of range " + shown,
                        MessageText.Arg.number(Bounds.AMOUNT_INTEGER_DIGITS), MessageText.Arg.number(Bounds.AMOUNT_FRACTION_DIGITS));
            }
            throw cell.refused("clearance.linelist.value.invalid-number", shown, "bad number " + shown);
        }
        String plain = v;
        if (v.indexOf(',') >= 0) {
            if (!DECIMAL_COMMA.matcher(v).matches()) {
                if (v.matches("[+-]?[\\d.,]+")) {
                    throw cell.refused("clearance.linelist.value.ambiguous-comma", shown, "ambiguous comma " + shown);
                }
                throw cell.refused("clearance.linelist.value.invalid-number", shown, "bad number " + shown);
            }
            plain = v.replace(',', '.');
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw cell.refused("clearance.linelist.value.invalid-number", shown, "bad number " + shown);
        }
    }

    /**
     * A quantity, mass, price or amount of a line list: a number, not negative, with at most
     * {@link Bounds#AMOUNT_INTEGER_DIGITS} digits before the decimal mark and {@link Bounds#AMOUNT_FRACTION_DIGITS} after
     * (the bounds of a figure typed in the form). Review of issue 8: {@code 1e999} was taken, {@code -5} reached the
     * database's generic validation message, a 41-digit price was "not a number"; each is refused naming the row, the
     * column by the file's header and its label in the reader's language, and the bounds.
     */
    static BigDecimal measure(String s, Cell cell) {
        BigDecimal d = number(s, cell);
        if (d == null) {
            return null;
        }
        String shown = clip(s.strip());
        if (d.signum() < 0) {
            throw cell.refused("clearance.linelist.value.negative", shown, "negative " + shown);
        }
        if (!Bounds.amountFits(d)) {
            throw cell.refused("clearance.linelist.value.out-of-range", shown, "out of range " + shown,
                    MessageText.Arg.number(Bounds.AMOUNT_INTEGER_DIGITS), MessageText.Arg.number(Bounds.AMOUNT_FRACTION_DIGITS));
        }
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A whole number of a cell (a line number, a count of packages), 0 or more. */
    static Integer whole(String s, Cell cell) {
        BigDecimal d = number(s, cell);
        if (d == null) {
            return null;
        }
        try {
            int n = d.intValueExact();
            if (n < 0) {
                throw cell.refused("clearance.linelist.value.negative", clip(s.strip()), "negative");
            }
            return n;
        } catch (ArithmeticException e) {
            throw cell.refused("clearance.linelist.value.not-whole", clip(s.strip()), "not a whole number");
        }
    }

    /** {@code 2015-01-09}, {@code 20150109} or a date-time whose first ten characters are the date: one rule for every format. */
    private static LocalDate parsedDate(String v) {
        return v.length() == 8 ? LocalDate.parse(v, BASIC) : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    }

    /** A date of a cell: {@code 2015-01-09} or {@code 20150109}. */
    static LocalDate date(String s, Cell cell) {
        String v = blankToNull(s);
        if (v == null) {
            return null;
        }
        try {
            return parsedDate(v);
        } catch (DateTimeParseException e) {
            throw cell.refused("clearance.linelist.value.invalid-date", clip(v), "bad date");
        }
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
            return parsedDate(v);
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
