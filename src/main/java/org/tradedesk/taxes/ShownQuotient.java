package org.tradedesk.taxes;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rule for showing an exact quotient before a step's legal rounding (A$36,228.25 × 10/11 = 32,934.772727…):
 * with more than {@link #DECIMALS} decimals it is shown to {@link #DECIMALS} decimals with "≈" (≈ 32,934.7727), never
 * with ten; the tax itself is worked on the exact value. The engine's workings ({@code Texts.base}, the threshold
 * working) and the pages ({@code TaxFigures}) all ask here.
 */
public final class ShownQuotient {

    /** Decimals an exact quotient is shown to. */
    public static final int DECIMALS = 4;

    private ShownQuotient() {
    }

    /** Whether {@code value} has more decimals than are shown, so it is printed rounded with "≈". */
    public static boolean approximate(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > DECIMALS;
    }

    /** {@code value} as shown: to {@link #DECIMALS} decimals, half up, when {@link #approximate}; else as it is. */
    public static BigDecimal shown(BigDecimal value) {
        return approximate(value) ? value.setScale(DECIMALS, RoundingMode.HALF_UP) : value;
    }
}
