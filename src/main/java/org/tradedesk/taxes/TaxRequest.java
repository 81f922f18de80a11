package org.tradedesk.taxes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tradedesk.platform.validation.Amount;
import org.tradedesk.platform.validation.DateWindow;
import org.tradedesk.shared.Incoterm;

/**
 * What to calculate: an invoice in any currency under an Incoterms 2020 rule, imported into a
 * jurisdiction on a date. {@code exchangeRate} is local currency per one unit of the invoice
 * currency; {@code foreignPerLocalRate} is the same rate quoted the other way (as the Australian
 * Border Force publishes it: US$0.9100 per A$1). Either overrides the rate table and is recorded
 * as such. {@code exchangeRates} gives further rates (local per one unit) for foreign-currency
 * specific duties. Freight, insurance and other costs are for the whole invoice, in its currency;
 * the Incoterm says whether the price already includes freight and insurance. {@code invoiceNumber}
 * and {@code invoiceDate} (both optional) only name the commercial invoice in the worksheet and the
 * advice letter; they change no figure.
 */
public record TaxRequest(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{taxes.request.jurisdiction.pattern}") String jurisdiction,
        @NotNull @DateWindow LocalDate date,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{taxes.request.currency.pattern}") String currency,
        @NotNull Incoterm incoterm,
        @Positive @Amount(fraction = 10) BigDecimal exchangeRate,
        @Positive @Amount(fraction = 10) BigDecimal foreignPerLocalRate,
        Map<@Pattern(regexp = "[A-Z]{3}") String, @NotNull @Positive @Amount(fraction = 10) BigDecimal> exchangeRates,
        @PositiveOrZero @Amount BigDecimal freight,
        @PositiveOrZero @Amount BigDecimal insurance,
        @PositiveOrZero @Amount BigDecimal otherCosts,
        AllocationBasis allocation,
        Consignment consignment,
        @NotEmpty(message = "{taxes.lines.required}") @Size(max = 20000) List<@NotNull @Valid TaxRequestLine> lines,
        @Size(max = 40) String invoiceNumber,
        @DateWindow LocalDate invoiceDate) {

    /** A request without the invoice's number and date (they only identify the invoice in the documents). */
    public TaxRequest(String jurisdiction, LocalDate date, String currency, Incoterm incoterm, BigDecimal exchangeRate,
            BigDecimal foreignPerLocalRate, Map<String, BigDecimal> exchangeRates, BigDecimal freight, BigDecimal insurance,
            BigDecimal otherCosts, AllocationBasis allocation, Consignment consignment, List<TaxRequestLine> lines) {
        this(jurisdiction, date, currency, incoterm, exchangeRate, foreignPerLocalRate, exchangeRates, freight, insurance,
                otherCosts, allocation, consignment, lines, null, null);
    }

    public TaxRequest {
        exchangeRates = exchangeRates == null ? Map.of() : Map.copyOf(exchangeRates);
        allocation = allocation == null ? AllocationBasis.VALUE : allocation;
        consignment = consignment == null ? Consignment.GENERAL : consignment;
        lines = lines == null ? null : List.copyOf(lines);
        invoiceNumber = invoiceNumber == null || invoiceNumber.isBlank() ? null : invoiceNumber.strip();
    }

    /** How freight, insurance and other costs are spread over the lines. */
    public enum AllocationBasis { VALUE, WEIGHT, QUANTITY }

    /** Postal and express consignments have their own low-value rules in some jurisdictions. */
    public enum Consignment { GENERAL, POSTAL_EXPRESS }

    /** The same request with other lines (used to re-run one option). */
    public TaxRequest withLines(List<TaxRequestLine> newLines) {
        return new TaxRequest(jurisdiction, date, currency, incoterm, exchangeRate, foreignPerLocalRate, exchangeRates,
                freight, insurance, otherCosts, allocation, consignment, newLines, invoiceNumber, invoiceDate);
    }
}
