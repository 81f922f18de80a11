package org.tradedesk.marketing.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.marketing.SpendDetails;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;

/** Actual spend against a line of the approved budget (P3.2.3); the rate fields are needed only for another currency. */
record SpendForm(
        @NotNull Integer line,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotBlank @Size(max = 3) String currency,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate spentOn,
        @NotBlank @Size(max = 200) String supplier,
        @NotBlank @Size(max = 100) String receipt,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 8) BigDecimal rate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rateDate,
        @Size(max = 200) String rateSource) {

    static SpendForm empty(String currency) {
        return new SpendForm(null, null, currency, null, null, null, null, null, null);
    }

    void checkCodes(org.springframework.validation.Errors errors) {
        if (currency != null && !currency.isBlank() && !errors.hasFieldErrors("currency")) {
            try {
                CurrencyCode.of(currency);
            } catch (org.tradedesk.shared.InvalidValueException e) {
                errors.rejectValue("currency", "marketing.form.currency");
            }
        }
    }

    SpendDetails toDetails() {
        return new SpendDetails(line, new Money(amount, CurrencyCode.of(currency)), spentOn, supplier, receipt, rate, rateDate, rateSource);
    }
}
