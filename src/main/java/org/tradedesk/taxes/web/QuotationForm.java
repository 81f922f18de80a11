package org.tradedesk.taxes.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.platform.validation.Amount;
import org.tradedesk.platform.validation.Bounds;
import org.tradedesk.platform.validation.DateWindow;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;

/**
 * The quotation screen's form: the invoice header and its lines, as typed. Blank optional fields
 * arrive as null or empty text and are normalised here, so the engine's request stays strict.
 * The batch page binds the same form for the header (the invoice-header fragment) and validates
 * it without {@link WithLines}: its lines come from the uploaded file and are checked row by row.
 */
record QuotationForm(
        @Pattern(regexp = "[0-9]*", message = "{taxes.page.client.invalid}") String clientId,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{taxes.page.jurisdiction.invalid}") String jurisdiction,
        @NotNull @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{taxes.page.currency.invalid}") String currency,
        @NotNull Incoterm incoterm,
        @Positive @Amount(fraction = 10) BigDecimal exchangeRate,
        @Positive @Amount(fraction = 10) BigDecimal foreignPerLocalRate,
        @PositiveOrZero @Amount BigDecimal freight,
        @PositiveOrZero @Amount BigDecimal insurance,
        @PositiveOrZero @Amount BigDecimal otherCosts,
        TaxRequest.AllocationBasis allocation,
        @Size(max = 40) String invoiceNumber,
        @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate invoiceDate,
        @NotEmpty(groups = WithLines.class, message = "{taxes.lines.required}") @Size(max = Bounds.MAX_FORM_LINES, groups = WithLines.class) List<@Valid @NotNull LineForm> lines) {

    /** Validation group of the constraints on the list of lines, which a header-only form does not have yet. */
    interface WithLines {
    }

    QuotationForm {
        lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
        allocation = allocation == null ? TaxRequest.AllocationBasis.VALUE : allocation;
    }

    static QuotationForm blank(String clientId, String jurisdiction, LocalDate date) {
        String currency = "AU".equals(jurisdiction) ? "AUD" : "USD";
        return new QuotationForm(clientId, jurisdiction, date, currency, Incoterm.FOB, null, null, null, null, null,
                TaxRequest.AllocationBasis.VALUE, null, null, List.of(LineForm.blank()));
    }

    /**
     * A saved calculation's request as a form to change and save as a new one. What the form has no
     * field for is not carried: the further currencies' rates (the rate table or a typed rate applies), the postal
     * consignment, sucrose/soluble-solids contents. A rate quoted foreign-per-local (A$1 = US$0.65) is carried as it was
     * given, in its own field the page shows only then (review r-t1 F7: the copy showed a blank rate).
     */
    static QuotationForm copyOf(String clientId, TaxRequest r) {
        List<LineForm> lines = new ArrayList<>();
        for (TaxRequestLine l : r.lines()) {
            TaxRequestLine.DutyOptionRequest o = l.options().isEmpty() ? null : l.options().get(0);
            lines.add(new LineForm(l.description(), orBlank(l.tariffCode()), orBlank(l.origin()), l.value(), l.quantity(),
                    orBlank(l.unit()), l.netMassKg(), l.litres(), l.alcoholByVolume(), MeasuresText.format(l.measures()),
                    o == null ? "" : orBlank(o.scheme()), o == null ? "" : orBlank(o.duty()), o == null ? "" : orBlank(o.requires()),
                    o == null ? "" : orBlank(o.reference()), l.retailPrice(), l.annualProductionHl(), l.draughtClaimed() ? Boolean.TRUE : null));
        }
        String client = clientId != null && clientId.matches("\\d{1,18}") ? clientId : "";
        return new QuotationForm(client, r.jurisdiction(), r.date(), r.currency(), r.incoterm(), r.exchangeRate(), r.foreignPerLocalRate(), r.freight(),
                r.insurance(), r.otherCosts(), r.allocation(), r.invoiceNumber(), r.invoiceDate(), lines);
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

    QuotationForm withLines(List<LineForm> newLines) {
        return new QuotationForm(clientId, jurisdiction, date, currency, incoterm, exchangeRate, foreignPerLocalRate, freight, insurance,
                otherCosts, allocation, invoiceNumber, invoiceDate, newLines);
    }

    Long clientNumber() {
        // the @Pattern reports a malformed id at the field; here it is simply no client
        return clientId == null || !clientId.matches("\\d{1,18}") ? null : Long.valueOf(clientId);
    }

    TaxRequest toRequest() {
        return new TaxRequest(jurisdiction, date, currency, incoterm, exchangeRate, foreignPerLocalRate, null, freight, insurance,
                otherCosts, allocation, null, requestLines(), invoiceNumber, invoiceDate);
    }

    private List<TaxRequestLine> requestLines() {
        List<TaxRequestLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                out.add(lines.get(i).toLine());
            } catch (TaxInputInvalid e) {
                throw e.at("lines[" + i + "].");
            }
        }
        return out;
    }

    /**
     * One invoice line. {@code measures} overrides the catalogue as {@code key=expression} pairs
     * separated by {@code ;} (e.g. {@code duty=17.5%; commodityTax=30%}); the option fields add one
     * further duty option to compare (an FTA preference, a concession) and what it requires; a
     * concession of the chain (TCO, QUOTA) is named with its instrument's number as the reference and
     * takes the chain's rate, so its duty may be left blank. {@code draught} is the form's tick box (UK draught relief,
     * a container of at least 20 litres): ticked is a claim, unticked (false, or null when the box was not on the
     * page) is none, so the engine's request carries {@code draught} only when it is claimed.
     */
    record LineForm(
            @NotBlank @Size(max = 500) String description,
            @Pattern(regexp = "|[0-9\\uFF10-\\uFF19][0-9\\uFF10-\\uFF19.\\uFF0E \\u3000\\u00A0\\-\\u2010\\u2011\\u2013\\u2212\\uFF0D]{1,19}", message = "{taxes.page.tariff.invalid}") String tariffCode,
            @Pattern(regexp = "|[A-Z]{2}", message = "{taxes.page.origin.invalid}") String origin,
            @NotNull @PositiveOrZero @Amount BigDecimal value,
            @PositiveOrZero @Amount BigDecimal quantity,
            @Size(max = 20) String unit,
            @PositiveOrZero @Amount BigDecimal netMassKg,
            @PositiveOrZero @Amount BigDecimal litres,
            @DecimalMax(Bounds.MAX_SHARE_PERCENT) @PositiveOrZero BigDecimal alcoholByVolume,
            @Size(max = 600) @MeasureRates String measures,
            @Pattern(regexp = "|[\\p{L}\\p{N}_ ./-]{1,40}", message = "{taxes.page.scheme.invalid}") String optionScheme,
            @Size(max = 200) @MeasureRates(pairs = false) String optionDuty,
            @Size(max = 500) String optionRequires,
            @Size(max = 40) String optionReference,
            @PositiveOrZero @Amount BigDecimal retailPrice,
            @jakarta.validation.constraints.DecimalMin(value = "0", inclusive = false) @DecimalMax(TaxRequestLine.SMALL_PRODUCER_CEILING_HL)
            @Amount BigDecimal annualProductionHl,
            Boolean draught) {

        LineForm {
            // an origin typed in lower case ("lk") is the same country: upper-cased before it is checked (t1fixI 7)
            origin = origin == null ? null : origin.strip().toUpperCase(java.util.Locale.ROOT);
        }

        /** A line not claiming draught relief. */
        LineForm(String description, String tariffCode, String origin, BigDecimal value, BigDecimal quantity, String unit,
                BigDecimal netMassKg, BigDecimal litres, BigDecimal alcoholByVolume, String measures, String optionScheme,
                String optionDuty, String optionRequires, String optionReference, BigDecimal retailPrice, BigDecimal annualProductionHl) {
            this(description, tariffCode, origin, value, quantity, unit, netMassKg, litres, alcoholByVolume, measures, optionScheme,
                    optionDuty, optionRequires, optionReference, retailPrice, annualProductionHl, null);
        }

        /** A line without a small producer's annual production. */
        LineForm(String description, String tariffCode, String origin, BigDecimal value, BigDecimal quantity, String unit,
                BigDecimal netMassKg, BigDecimal litres, BigDecimal alcoholByVolume, String measures, String optionScheme,
                String optionDuty, String optionRequires, String optionReference, BigDecimal retailPrice) {
            this(description, tariffCode, origin, value, quantity, unit, netMassKg, litres, alcoholByVolume, measures, optionScheme,
                    optionDuty, optionRequires, optionReference, retailPrice, null, null);
        }

        static LineForm blank() {
            return new LineForm("", "", "", null, null, "", null, null, null, "", "", "", "", "", null, null, null);
        }

        /**
         * The line with the named form fields set aside (a text blank, a figure none; the two required ones a
         * placeholder): the batch report runs the rest of a row whose cells it already refused, so a second bad cell of
         * the same row is found in the same upload.
         */
        LineForm without(java.util.Set<String> fields) {
            return new LineForm(fields.contains("description") ? "-" : description, fields.contains("tariffCode") ? "" : tariffCode,
                    fields.contains("origin") ? "" : origin, fields.contains("value") ? BigDecimal.ZERO : value,
                    fields.contains("quantity") ? null : quantity, fields.contains("unit") ? "" : unit,
                    fields.contains("netMassKg") ? null : netMassKg, fields.contains("litres") ? null : litres,
                    fields.contains("alcoholByVolume") ? null : alcoholByVolume, fields.contains("measures") ? "" : measures,
                    fields.contains("optionScheme") ? "" : optionScheme, fields.contains("optionDuty") ? "" : optionDuty,
                    fields.contains("optionRequires") ? "" : optionRequires, fields.contains("optionReference") ? "" : optionReference,
                    fields.contains("retailPrice") ? null : retailPrice, fields.contains("annualProductionHl") ? null : annualProductionHl,
                    fields.contains("draught") ? null : draught);
        }

        TaxRequestLine toLine() {
            // an option scheme typed without a rate or reference goes to the engine, which refuses it at its duty field rather than
            // the form dropping it without a word (acceptance review t1fixG 10: DCS with a blank duty)
            List<TaxRequestLine.DutyOptionRequest> options = blank(optionScheme)
                    ? List.of()
                    : List.of(new TaxRequestLine.DutyOptionRequest(optionScheme.trim(), blank(optionReference) ? optionScheme.trim() : null,
                            text(optionDuty), text(optionRequires), text(optionReference)));
            return new TaxRequestLine(text(description), text(tariffCode), text(origin), value, quantity, text(unit),
                    netMassKg, litres, alcoholByVolume, null, null, null, MeasuresText.parse(measures), options, null, retailPrice,
                    annualProductionHl, Boolean.TRUE.equals(draught) ? Boolean.TRUE : null);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        private static String text(String s) {
            return blank(s) ? null : s.trim();
        }
    }
}
