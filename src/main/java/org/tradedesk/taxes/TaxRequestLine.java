package org.tradedesk.taxes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tradedesk.platform.validation.Amount;
import org.tradedesk.platform.validation.DutyRate;
import java.util.List;
import java.util.Map;

/**
 * One invoice line. {@code value} is the line's price in the invoice currency. {@code measures}
 * maps a measure key of the jurisdiction's chain ({@code duty}, {@code antiDumping},
 * {@code commodityTax}, {@code alcoholTax}, {@code exciseEquivalent}, {@code wet}, {@code lct},
 * {@code vat}...) to a duty expression and overrides the tariff catalogue and the tariff-code
 * recognition; the text {@code none} (or 「不適用」) switches a step off for the line, which the result notes. {@code alcoholByVolume} is
 * in %vol (5 = 5 %); {@code sucrosePercent} (Brix) and {@code totalSolubleSolidsPercent} (% by mass)
 * serve rates per % of those contents (e.g. Australian juices at "$0.45/kg TSS"). {@code options} are further duty options to compare (an FTA preference, a
 * concession); {@code scheme} picks the one the result uses (default {@code GENERAL}).
 */
public record TaxRequestLine(
        @NotBlank @Size(max = 500) String description,
        @Pattern(regexp = TARIFF_CODE_FORM, message = "{taxes.request.tariffCode.pattern}") String tariffCode,
        @Pattern(regexp = "[A-Z]{2}", message = "{taxes.request.origin.pattern}") String origin,
        @NotNull @PositiveOrZero @Amount BigDecimal value,
        @PositiveOrZero @Amount BigDecimal quantity,
        @Size(max = 20) String unit,
        @PositiveOrZero @Amount BigDecimal netMassKg,
        @PositiveOrZero @Amount BigDecimal litres,
        @DecimalMin("0") @DecimalMax("100") BigDecimal alcoholByVolume,
        @DecimalMin("0") @DecimalMax("100") BigDecimal sucrosePercent,
        Boolean fuelEfficient,
        @Size(max = 40) String scheme,
        @Size(max = 30) Map<@NotBlank String, @NotBlank @Size(max = 200) @DutyRate String> measures,
        @Size(max = TaxRequestLine.MAX_OPTIONS) List<@NotNull @Valid DutyOptionRequest> options,
        @DecimalMin("0") @DecimalMax("100") BigDecimal totalSolubleSolidsPercent,
        @io.swagger.v3.oas.annotations.media.Schema(description = "The goods' retail price in the local currency (GBP for the UK), "
                + "for a duty of a % of the retail price (UK tobacco products duty: 16.5% retail price + 316.70 GBP/1000 "
                + "MIN 422.80 GBP/1000); not the customs value")
        @PositiveOrZero @Amount BigDecimal retailPrice,
        @io.swagger.v3.oas.annotations.media.Schema(description = "UK alcohol duty Small Producer Relief: the producer's annual "
                + "production in hectolitres of pure alcohol (the previous production year's, or the current year's estimate "
                + "for a new producer; Finance (No. 2) Act 2023 s 59(3)); only for lines below 8.5 %vol; at most 4,500")
        @jakarta.validation.constraints.DecimalMin(value = "0", inclusive = false) @DecimalMax(SMALL_PRODUCER_CEILING_HL) @Amount
        BigDecimal annualProductionHl,
        @io.swagger.v3.oas.annotations.media.Schema(description = "UK alcohol duty draught relief: true when the product is in a "
                + "container of at least 20 litres designed to connect to a dispense system (Finance (No. 2) Act 2023 s 50); the "
                + "line then pays HMRC's draught rate of its category instead of the alcoholTax measure; only below 8.5 %vol")
        Boolean draught) {

    /** A line not claiming draught relief (every line but a UK draught alcohol line). */
    public TaxRequestLine(String description, String tariffCode, String origin, BigDecimal value, BigDecimal quantity, String unit,
            BigDecimal netMassKg, BigDecimal litres, BigDecimal alcoholByVolume, BigDecimal sucrosePercent, Boolean fuelEfficient,
            String scheme, Map<String, String> measures, List<DutyOptionRequest> options, BigDecimal totalSolubleSolidsPercent,
            BigDecimal retailPrice, BigDecimal annualProductionHl) {
        this(description, tariffCode, origin, value, quantity, unit, netMassKg, litres, alcoholByVolume, sucrosePercent,
                fuelEfficient, scheme, measures, options, totalSolubleSolidsPercent, retailPrice, annualProductionHl, null);
    }

    /** Whether the line claims draught relief. */
    public boolean draughtClaimed() {
        return Boolean.TRUE.equals(draught);
    }

    /** The Small Producer Relief ceiling: 4,500 hl of pure alcohol a production year (GOV.UK, "Check if you're eligible for Small Producer Relief on Alcohol Duty"). */
    public static final String SMALL_PRODUCER_CEILING_HL = "4500";

    /** A line without a small producer's annual production (every line but a UK alcohol line claiming Small Producer Relief). */
    public TaxRequestLine(String description, String tariffCode, String origin, BigDecimal value, BigDecimal quantity, String unit,
            BigDecimal netMassKg, BigDecimal litres, BigDecimal alcoholByVolume, BigDecimal sucrosePercent, Boolean fuelEfficient,
            String scheme, Map<String, String> measures, List<DutyOptionRequest> options, BigDecimal totalSolubleSolidsPercent,
            BigDecimal retailPrice) {
        this(description, tariffCode, origin, value, quantity, unit, netMassKg, litres, alcoholByVolume, sucrosePercent,
                fuelEfficient, scheme, measures, options, totalSolubleSolidsPercent, retailPrice, null);
    }

    /**
     * The forms a tariff code may be typed in: digits (half- or full-width) with dots, spaces and dashes, so that
     * Taiwan's printed code with its check digit ({@code 0902.10.00.00-4}) is read; the catalogue checks the digits.
     * One pattern for the engine's request and the REST body ({@code taxes.api}), so the two cannot drift apart.
     */
    public static final String TARIFF_CODE_FORM = "[0-9\\uFF10-\\uFF19][0-9\\uFF10-\\uFF19.\\uFF0E \\u3000\\u00A0\\-\\u2010\\u2011\\u2013\\u2212\\uFF0D]{1,19}";


    /** A line without a retail price (every duty but one of a % of the retail price). */
    public TaxRequestLine(String description, String tariffCode, String origin, BigDecimal value, BigDecimal quantity, String unit,
            BigDecimal netMassKg, BigDecimal litres, BigDecimal alcoholByVolume, BigDecimal sucrosePercent, Boolean fuelEfficient,
            String scheme, Map<String, String> measures, List<DutyOptionRequest> options, BigDecimal totalSolubleSolidsPercent) {
        this(description, tariffCode, origin, value, quantity, unit, netMassKg, litres, alcoholByVolume, sucrosePercent,
                fuelEfficient, scheme, measures, options, totalSolubleSolidsPercent, null);
    }

    /**
     * The measure overrides typed on a form's line ({@code duty=5%; commodityTax=30%}, pairs separated by {@code ;} or a new
     * line) as {@link #measures} takes them: one reading for the T1 quotation form and every other form that offers them
     * (the clearance declaration draft's items); a pair without a key or an expression is refused at {@code measures}.
     */
    public static Map<String, String> measuresTyped(String text) {
        Map<String, String> measures = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return measures;
        }
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1 || part.substring(eq + 1).isBlank()) {
                throw TaxInputInvalid.field("measures", org.tradedesk.shared.MessageText.of("taxes.reason.measures.pair",
                        org.tradedesk.shared.MessageText.Arg.literal(part.trim())));
            }
            measures.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return measures;
    }

    /** The measures typed back as a form shows them ({@code duty=17.5%; commodityTax=30%}). */
    public static String measuresText(Map<String, String> measures) {
        return measures == null ? "" : measures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Duty options one line may ask to compare (issue 11: each costs one more evaluation of the line). */
    public static final int MAX_OPTIONS = 10;
    /**
     * Rows of the option table one answer may hold (each line with a choice: the general rate and each
     * option, the catalogue's own included): 20,000 lines with one option each, or 3,636 with ten.
     */
    public static final int MAX_OPTIONS_PER_REQUEST = 40_000;

    public TaxRequestLine {
        measures = measures == null ? Map.of() : Map.copyOf(measures);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A line without a total-soluble-solids content (all goods but the few rated per kg TSS). */
    public TaxRequestLine(String description, String tariffCode, String origin, BigDecimal value, BigDecimal quantity, String unit,
            BigDecimal netMassKg, BigDecimal litres, BigDecimal alcoholByVolume, BigDecimal sucrosePercent, Boolean fuelEfficient,
            String scheme, Map<String, String> measures, List<DutyOptionRequest> options) {
        this(description, tariffCode, origin, value, quantity, unit, netMassKg, litres, alcoholByVolume, sucrosePercent,
                fuelEfficient, scheme, measures, options, null);
    }

    /** A line with only a description, a value and measures: the usual quick quotation. */
    public static TaxRequestLine of(String description, String tariffCode, BigDecimal value, Map<String, String> measures) {
        return new TaxRequestLine(description, tariffCode, null, value, null, null, null, null, null, null, null, null, measures, null);
    }

    public TaxRequestLine withScheme(String newScheme) {
        return new TaxRequestLine(description, tariffCode, origin, value, quantity, unit, netMassKg, litres, alcoholByVolume,
                sucrosePercent, fuelEfficient, newScheme, measures, options, totalSolubleSolidsPercent, retailPrice, annualProductionHl,
                draught);
    }

    /** The same line at another customs value (e.g. the value customs assessed in a valuation dispute). */
    public TaxRequestLine withValue(BigDecimal newValue) {
        return new TaxRequestLine(description, tariffCode, origin, newValue, quantity, unit, netMassKg, litres, alcoholByVolume,
                sucrosePercent, fuelEfficient, scheme, measures, options, totalSolubleSolidsPercent, retailPrice, annualProductionHl,
                draught);
    }

    public TaxRequestLine withOptions(List<DutyOptionRequest> newOptions) {
        return new TaxRequestLine(description, tariffCode, origin, value, quantity, unit, netMassKg, litres, alcoholByVolume,
                sucrosePercent, fuelEfficient, scheme, measures, newOptions, totalSolubleSolidsPercent, retailPrice, annualProductionHl,
                draught);
    }

    /**
     * A duty option to compare: its scheme code, the duty it gives and what claiming it requires.
     * When {@code scheme} names a concession of the jurisdiction's chain (Australia {@code TCO}; a
     * tariff quota {@code QUOTA}), {@code reference} is the instrument's number (the TCO number, the
     * quota order number) and the chain supplies the rate, the requirement and the legal reference;
     * {@code duty} is then needed only where the concession has no rate of its own (a quota).
     */
    public record DutyOptionRequest(
            @NotBlank @Size(max = 40) String scheme,
            @Size(max = 200) String label,
            @Size(max = 200) @DutyRate String duty,
            @Size(max = 500) String requires,
            @Size(max = 40) String reference) {

        public DutyOptionRequest(String scheme, String label, String duty, String requires) {
            this(scheme, label, duty, requires, null);
        }

        /** A claim of the chain's concession {@code scheme} with its instrument's number. */
        public static DutyOptionRequest concession(String scheme, String reference) {
            return new DutyOptionRequest(scheme, null, null, null, reference);
        }
    }
}
