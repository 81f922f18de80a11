package org.tradedesk.shared.duty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The exact, unrounded amount an expression gives (in the context's currency) and a one-line
 * explanation of how it was reached, e.g. {@code MAX(10% × 1000 = 100; 20 TWD/kg × 8 kg = 160) = 160}.
 */
public record DutyEvaluation(BigDecimal amount, String explanation) {

    /** Decimals a value is shown with at most; the computation keeps every digit. */
    public static final int SHOWN_DECIMALS = 10;

    public DutyEvaluation {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * A value as an explanation or a worksheet shows it: at most {@value #SHOWN_DECIMALS} decimals
     * (half up, trailing zeros stripped), so an exact quotient such as 844770 ÷ 11 prints as
     * 76797.2727272727, not with 35 digits. Display only: amounts are computed and rounded on the full value.
     */
    public static BigDecimal shown(BigDecimal value) {
        if (value == null || value.scale() <= SHOWN_DECIMALS) {
            return value;
        }
        BigDecimal v = value.setScale(SHOWN_DECIMALS, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** {@link #shown} as plain text. */
    public static String show(BigDecimal value) {
        return shown(value).toPlainString();
    }
}
