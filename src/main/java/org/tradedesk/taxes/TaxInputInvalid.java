package org.tradedesk.taxes;

import org.tradedesk.shared.TradedeskException;

/**
 * A calculation request is well-formed but cannot be calculated: names the field (e.g.
 * {@code lines[2].measures.duty}) and why, so the caller can fix exactly that.
 */
public class TaxInputInvalid extends TradedeskException {

    private final String field;

    private TaxInputInvalid(String code, String field, String reason) {
        super(Kind.INVALID, code, field + ": " + reason, field, reason);
        this.field = field;
    }

    public static TaxInputInvalid field(String field, String reason) {
        return new TaxInputInvalid("taxes.input.invalid", field, reason);
    }

    public static TaxInputInvalid jurisdictionNotSupported(String jurisdiction, Object supported) {
        return new TaxInputInvalid("taxes.jurisdiction.unsupported", "jurisdiction",
                "no tax chain is defined for '" + jurisdiction + "' (defined: " + supported + ")");
    }

    public static TaxInputInvalid exchangeRateMissing(String currency, String jurisdiction, Object date) {
        return new TaxInputInvalid("taxes.exchange-rate.missing", "exchangeRate",
                "no " + jurisdiction + " exchange rate for " + currency + " on " + date + "; give exchangeRate in the request or import the rate table");
    }

    /** A calculation is returned to its author only with a comment saying what to change. */
    public static TaxInputInvalid returnWithoutComment() {
        return new TaxInputInvalid("taxes.calculation.return.comment-required", "comment",
                "say what the author should change: a calculation is not returned without a comment");
    }

    public String field() {
        return field;
    }
}
