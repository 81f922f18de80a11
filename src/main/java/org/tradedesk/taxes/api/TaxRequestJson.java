package org.tradedesk.taxes.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
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
import org.tradedesk.platform.validation.DutyRate;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequestLine;

/**
 * The body of {@code POST /api/v1/tax/calculations} (and the {@code request} of a saved calculation) as the API
 * publishes it: field names, shapes and bounds are the JSON contract, kept apart from the engine's
 * {@link org.tradedesk.taxes.TaxRequest} (issue 7) and mapped to it in {@link TaxJsonMapper} only.
 * {@code exchangeRate} is local currency per one unit of the invoice currency, {@code foreignPerLocalRate} the
 * same rate quoted the other way; freight, insurance and other costs are for the whole invoice in its currency.
 */
@Schema(name = "TaxRequest")
record TaxRequestJson(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{taxes.request.jurisdiction.pattern}") String jurisdiction,
        @NotNull @DateWindow LocalDate date,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{taxes.request.currency.pattern}") String currency,
        @NotNull Incoterm incoterm,
        @Positive @Amount(fraction = TaxRequestJson.RATE_FRACTION_DIGITS) BigDecimal exchangeRate,
        @Positive @Amount(fraction = TaxRequestJson.RATE_FRACTION_DIGITS) BigDecimal foreignPerLocalRate,
        Map<@Pattern(regexp = "[A-Z]{3}") String, @NotNull @Positive @Amount(fraction = TaxRequestJson.RATE_FRACTION_DIGITS) BigDecimal> exchangeRates,
        @PositiveOrZero @Amount BigDecimal freight,
        @PositiveOrZero @Amount BigDecimal insurance,
        @PositiveOrZero @Amount BigDecimal otherCosts,
        Allocation allocation,
        Consignment consignment,
        @NotEmpty(message = "{taxes.lines.required}") @io.swagger.v3.oas.annotations.media.ArraySchema(maxItems = RequestLimits.MAX_LINES)
        List<@NotNull @Valid Line> lines,
        @Size(max = 40) String invoiceNumber,
        @DateWindow LocalDate invoiceDate) {

    /** Measures one line may give. */
    static final int MAX_MEASURES = 30;
    /** Digits after the point of a rate of exchange (stored NUMERIC(24,10)). */
    static final int RATE_FRACTION_DIGITS = 10;

    /** How freight, insurance and other costs are spread over the lines. */
    enum Allocation { VALUE, WEIGHT, QUANTITY }

    /** Postal and express consignments have their own low-value rules in some jurisdictions. */
    enum Consignment { GENERAL, POSTAL_EXPRESS }

    /**
     * One invoice line: {@code value} in the invoice currency, {@code measures} a measure key of the chain to a
     * duty expression, {@code options} further duty options to compare, {@code scheme} the one the result uses.
     */
    @Schema(name = "TaxRequestLine")
    record Line(
            @NotBlank @Size(max = 500) String description,
            @Pattern(regexp = TaxRequestLine.TARIFF_CODE_FORM, message = "{taxes.request.tariffCode.pattern}") String tariffCode,
            @Pattern(regexp = "[A-Z]{2}", message = "{taxes.request.origin.pattern}") String origin,
            @NotNull @PositiveOrZero @Amount BigDecimal value,
            @PositiveOrZero @Amount BigDecimal quantity,
            @Size(max = 20) String unit,
            @PositiveOrZero @Amount BigDecimal netMassKg,
            @PositiveOrZero @Amount BigDecimal litres,
            @DecimalMin("0") @DecimalMax(org.tradedesk.platform.validation.Bounds.MAX_SHARE_PERCENT) BigDecimal alcoholByVolume,
            @DecimalMin("0") @DecimalMax(org.tradedesk.platform.validation.Bounds.MAX_SHARE_PERCENT) BigDecimal sucrosePercent,
            Boolean fuelEfficient,
            @Size(max = 40) String scheme,
            @Size(max = TaxRequestJson.MAX_MEASURES) Map<@NotBlank String, @NotBlank @Size(max = 200) @DutyRate String> measures,
            @Size(max = org.tradedesk.taxes.TaxRequestLine.MAX_OPTIONS) List<@NotNull @Valid Option> options,
            @DecimalMin("0") @DecimalMax(org.tradedesk.platform.validation.Bounds.MAX_SHARE_PERCENT) BigDecimal totalSolubleSolidsPercent,
            @Schema(description = "The goods' retail price in the local currency (GBP for the UK), "
                    + "for a duty of a % of the retail price (UK tobacco products duty: 16.5% retail price + 316.70 GBP/1000 "
                    + "MIN 422.80 GBP/1000); not the customs value")
            @PositiveOrZero @Amount BigDecimal retailPrice,
            @Schema(description = "UK alcohol duty Small Producer Relief: the producer's annual production in hectolitres of pure "
                    + "alcohol (the previous production year's, or the current year's estimate for a new producer; Finance (No. 2) "
                    + "Act 2023 s 59(3)); only for lines below 8.5 %vol; more than 0, at most 4,500")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax(org.tradedesk.taxes.TaxRequestLine.SMALL_PRODUCER_CEILING_HL)
            @Amount BigDecimal annualProductionHl,
            @Schema(description = "UK alcohol duty draught relief: true when the product is in a container of at least 20 litres "
                    + "designed to connect to a dispense system (Finance (No. 2) Act 2023 s 50); the line then pays HMRC's draught "
                    + "rate of its category instead of the alcoholTax measure; only below 8.5 %vol. Optional, default false")
            Boolean draught) {

        public Line {
            // an origin typed in lower case ("lk") is the same country: upper-cased before it is checked (t1fixI 7)
            origin = origin == null ? null : origin.strip().toUpperCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A duty option to compare: its scheme, the duty it gives and what claiming it requires; for a concession of
     * the chain (AU {@code TCO}, a {@code QUOTA}) {@code reference} is the instrument's number.
     */
    @Schema(name = "DutyOptionRequest")
    record Option(
            @NotBlank @Size(max = 40) String scheme,
            @Size(max = 200) String label,
            @Size(max = 200) @DutyRate String duty,
            @Size(max = 500) String requires,
            @Size(max = 40) String reference) {
    }
}
