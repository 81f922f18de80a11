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
        Boolean voluntaryDisclosure,
        @PositiveOrZero @Amount BigDecimal businessTaxShortfall,
        @PositiveOrZero @Amount BigDecimal goodsValue,
        @PositiveOrZero @Max(100) BigDecimal businessTaxMultiple,
        @PositiveOrZero @Max(100) BigDecimal smugglingMultiple) {

    /** The penalty codes of the chain (TW.json) whose multiple the form lets the user choose, by form field. */
    static final java.util.Map<String, String> MULTIPLE_FIELDS = java.util.Map.of(
            "multiples.BUSINESS_TAX_FINE", "businessTaxMultiple", "multiples.SMUGGLING_FINE", "smugglingMultiple");

    static PenaltyForm blank() {
        return new PenaltyForm(null, null, null, null, false, null, null, null, null);
    }

    boolean asksSomething() {
        return shortfall != null || daysLateDeclaration != null || daysLatePayment != null || businessTaxShortfall != null
                || goodsValue != null;
    }

    /** Late payment concerns the calculation's taxes unless another unpaid amount is given. */
    PenaltyRequest toRequest(SavedCalculation calculation) {
        java.util.Map<String, BigDecimal> multiples = new java.util.HashMap<>();
        if (businessTaxMultiple != null) {
            multiples.put("BUSINESS_TAX_FINE", businessTaxMultiple);
        }
        if (smugglingMultiple != null) {
            multiples.put("SMUGGLING_FINE", smugglingMultiple);
        }
        return new PenaltyRequest(calculation.jurisdiction(), calculation.date(), shortfall, daysLateDeclaration, daysLatePayment,
                unpaidTax != null ? unpaidTax : daysLatePayment != null ? calculation.total() : null,
                Boolean.TRUE.equals(voluntaryDisclosure), businessTaxShortfall, goodsValue, multiples);
    }
}
