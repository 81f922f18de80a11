package org.tradedesk.taxes;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.TradedeskException;

/**
 * A calculation request is well-formed but cannot be calculated: names the field and why, so the caller
 * can fix exactly that. Both are data: {@link #field()} is the request path for machines
 * ({@code lines[2].measures.duty}), {@link #label()} the field as a reader knows it ("第 3 項 關稅稅率"),
 * {@link #reason()} why, as a message; the text ({@code taxes.input.invalid}) is label and reason.
 */
public class TaxInputInvalid extends TradedeskException {

    private final String field;
    private final MessageText reason;

    private TaxInputInvalid(String field, MessageText reason, String englishReason) {
        this("taxes.input.invalid", field, reason, englishReason);
    }

    private TaxInputInvalid(String code, String field, MessageText reason, String englishReason) {
        super(Kind.INVALID, code, MessageText.of("taxes.input.invalid", Arg.message(FieldLabel.of(field)), Arg.message(reason)),
                field + ": " + englishReason);
        this.field = field;
        this.reason = reason;
    }

    /** {@code reason} in the reader's language; the log's English is the reason's code and arguments. */
    public static TaxInputInvalid field(String field, MessageText reason) {
        return new TaxInputInvalid(field, reason, EnglishLog.of(reason));
    }

    /** The reason of a value's own failure (a unit, a currency, a duty expression) at {@code field}. */
    public static TaxInputInvalid field(String field, TradedeskException cause) {
        return new TaxInputInvalid(field, cause.asText(), cause.getMessage());
    }

    /** The same reason at a field further out ({@code lines[2].} before a line's own field). */
    public TaxInputInvalid at(String outerPrefix) {
        return new TaxInputInvalid(messageCode(), outerPrefix + field, reason, getMessage().substring(field.length() + 2));
    }

    public static TaxInputInvalid jurisdictionNotSupported(String jurisdiction, Object supported) {
        return new TaxInputInvalid("taxes.jurisdiction.unsupported", "jurisdiction", MessageText.of("taxes.reason.jurisdiction.unsupported",
                Arg.literal(jurisdiction), Arg.literal(supported)),
                "no tax chain is defined for '" + jurisdiction + "' (defined: " + supported + ")");
    }

    public static TaxInputInvalid exchangeRateMissing(String currency, String jurisdiction, Object date) {
        return new TaxInputInvalid("taxes.exchange-rate.missing", "exchangeRate", MessageText.of("taxes.reason.exchange-rate.missing",
                Arg.literal(jurisdiction), Arg.literal(currency), Arg.date(java.time.LocalDate.parse(String.valueOf(date)))),
                "no " + jurisdiction + " exchange rate for " + currency + " on " + date + "; give exchangeRate in the request or import the rate table");
    }

    /** A calculation is returned to its author only with a comment saying what to change. */
    public static TaxInputInvalid returnWithoutComment() {
        return new TaxInputInvalid("taxes.calculation.return.comment-required", "comment", MessageText.of("taxes.calculation.return.comment-required"),
                "say what the author should change: a calculation is not returned without a comment");
    }

    public String field() {
        return field;
    }

    /** The field as the reader knows it. */
    public MessageText label() {
        return FieldLabel.of(field);
    }

    /** Why, without the field. */
    public MessageText reason() {
        return reason;
    }
}
