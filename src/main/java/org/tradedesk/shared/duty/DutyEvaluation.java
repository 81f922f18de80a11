package org.tradedesk.shared.duty;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The exact, unrounded amount an expression gives (in the context's currency) and a one-line
 * explanation of how it was reached, e.g. {@code MAX(10% × 1000 = 100; 20 TWD/kg × 8 kg = 160) = 160}.
 */
public final class DutyEvaluation {

    /** Decimals a value is shown with at most; the computation keeps every digit. */
    public static final int SHOWN_DECIMALS = 10;

    private final BigDecimal amount;
    // The engine states its working as message data (taxes.domain.DutyWorking) and asks for this text only
    // for a diagnosis or a test, so it is written when first asked for, not on every one of the 100,000s
    // of evaluations a batch makes (building it eagerly cost ~10 % of the engine's time).
    private Supplier<String> working;
    private volatile String explanation;

    public DutyEvaluation(BigDecimal amount, String explanation) {
        this.amount = Objects.requireNonNull(amount, "amount");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    private DutyEvaluation(BigDecimal amount, Supplier<String> working) {
        this.amount = Objects.requireNonNull(amount, "amount");
        this.working = Objects.requireNonNull(working, "working");
    }

    /** An amount whose working is written only if someone reads it. */
    static DutyEvaluation of(BigDecimal amount, Supplier<String> working) {
        return new DutyEvaluation(amount, working);
    }

    /** The exact, unrounded amount in the context's currency. */
    public BigDecimal amount() {
        return amount;
    }

    /** How the amount was reached, e.g. {@code 10% × 1000 TWD = 100}. */
    public String explanation() {
        String text = explanation;
        if (text == null) {
            text = working.get();
            explanation = text;
        }
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DutyEvaluation other && amount.equals(other.amount) && explanation().equals(other.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, explanation());
    }

    @Override
    public String toString() {
        return "DutyEvaluation[amount=" + amount + ", explanation=" + explanation() + "]";
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
