package org.tradedesk.shared.duty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The exact, unrounded amount an expression gives (in the context's currency) and a one-line
 * explanation of how it was reached, e.g. {@code MAX(10% × 1000 = 100; 20 TWD/kg × 8 kg = 160) = 160}.
 */
public record DutyEvaluation(BigDecimal amount, String explanation) {

    public DutyEvaluation {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(explanation, "explanation");
    }
}
