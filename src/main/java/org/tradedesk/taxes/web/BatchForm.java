package org.tradedesk.taxes.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;

/** The invoice header typed on the batch page; the lines come from the uploaded file. */
record BatchForm(
        @Pattern(regexp = "[0-9]*", message = "{taxes.page.client.invalid}") String clientId,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{taxes.page.jurisdiction.invalid}") String jurisdiction,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{taxes.page.currency.invalid}") String currency,
        @NotNull Incoterm incoterm,
        @Positive BigDecimal exchangeRate,
        @PositiveOrZero BigDecimal freight,
        @PositiveOrZero BigDecimal insurance,
        @PositiveOrZero BigDecimal otherCosts,
        TaxRequest.AllocationBasis allocation) {

    static BatchForm blank(LocalDate date) {
        return new BatchForm("", "TW", date, "USD", Incoterm.FOB, null, null, null, null, TaxRequest.AllocationBasis.VALUE);
    }

    QuotationForm withLines(List<QuotationForm.LineForm> lines) {
        return new QuotationForm(clientId, jurisdiction, date, currency, incoterm, exchangeRate, freight, insurance, otherCosts,
                allocation, lines);
    }
}
