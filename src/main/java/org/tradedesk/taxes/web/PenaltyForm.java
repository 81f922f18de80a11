package org.tradedesk.taxes.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.tradedesk.platform.validation.Amount;
import org.tradedesk.taxes.PenaltyRequest;
import org.tradedesk.taxes.SavedCalculation;

/**
 * The penalty-exposure questions asked on a saved calculation (K05): what if the duty was understated
 * by {@code shortfall}, declared or paid so many days late. The jurisdiction, the date and, unless
 * given, the unpaid tax come from the calculation.
 */
record PenaltyForm(
        @PositiveOrZero @Amount BigDecimal shortfall,
        @PositiveOrZero @Max(3650) Integer daysLateDeclaration,
        @PositiveOrZero @Max(3650) Integer daysLatePayment,
        @PositiveOrZero @Amount BigDecimal unpaidTax,
        Boolean voluntaryDisclosure) {

    static PenaltyForm blank() {
        return new PenaltyForm(null, null, null, null, false);
    }

    boolean asksSomething() {
        return shortfall != null || daysLateDeclaration != null || daysLatePayment != null;
    }

    /** Late payment concerns the calculation's taxes unless another unpaid amount is given. */
    PenaltyRequest toRequest(SavedCalculation calculation) {
        return new PenaltyRequest(calculation.jurisdiction(), calculation.date(), shortfall, daysLateDeclaration, daysLatePayment,
                unpaidTax != null ? unpaidTax : daysLatePayment != null ? calculation.total() : null,
                Boolean.TRUE.equals(voluntaryDisclosure));
    }
}
