package org.tradedesk.marketing.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tradedesk.marketing.ActivityDetails;
import org.tradedesk.marketing.ActivityView;
import org.tradedesk.marketing.domain.ActivityKind;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;

/** A candidate activity: kind, name, estimated cost in any currency and effort in person-days. */
record ActivityForm(
        @NotNull ActivityKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal cost,
        @NotBlank @Size(max = 3) String currency,
        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal effortDays,
        Long version) {

    static ActivityForm empty(String currency) {
        return new ActivityForm(ActivityKind.TRADE_FAIR, null, null, null, currency, null, null);
    }

    static ActivityForm of(ActivityView a) {
        return new ActivityForm(a.kind(), a.name(), a.description(), a.estimatedCost().amount(), a.estimatedCost().currency().value(),
                a.effortDays(), a.version());
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

    ActivityDetails toDetails() {
        return new ActivityDetails(kind, name.strip(), description == null || description.isBlank() ? null : description.strip(),
                Money.of(cost, CurrencyCode.of(currency)), effortDays);
    }
}
