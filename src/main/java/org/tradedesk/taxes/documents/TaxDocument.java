package org.tradedesk.taxes.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.RegulationRef;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyExpression;

/**
 * The view model of one calculation as the worksheet (一般稅與貨物稅試算表) and the advice letter
 * (商業建議書) show it: every option compared, each line's chain of steps, the data versions and
 * the advice. It carries plain values and the engine's own figures, never entities, and enough
 * structure (which earlier figures make each base) for the worksheet to rebuild every figure
 * with live formulas.
 */
public record TaxDocument(
        String reference,
        String clientName,
        Locale language,
        String jurisdiction,
        LocalDate date,
        CurrencyCode currency,
        int amountDecimals,
        List<InputColumn> inputs,
        List<Option> options,
        String recommendedOption,
        List<DataVersion> dataVersions,
        Advice advice,
        Letter letter,
        Valuation valuation,
        Shipment shipment) {

    /** A document with no review status or sender known (a batch upload): its letter is a draft. */
    public TaxDocument(String reference, String clientName, Locale language, String jurisdiction, LocalDate date,
            CurrencyCode currency, int amountDecimals, List<InputColumn> inputs, List<Option> options,
            String recommendedOption, List<DataVersion> dataVersions, Advice advice) {
        this(reference, clientName, language, jurisdiction, date, currency, amountDecimals, inputs, options,
                recommendedOption, dataVersions, advice, Letter.DRAFT, null, null);
    }

    public TaxDocument {
        letter = letter == null ? Letter.DRAFT : letter;
        require(reference, "reference");
        require(jurisdiction, "jurisdiction");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(currency, "currency");
        inputs = List.copyOf(inputs);
        options = List.copyOf(options);
        dataVersions = List.copyOf(dataVersions);
        if (options.isEmpty()) {
            throw invalid("options", "a tax document needs at least one option");
        }
        if (amountDecimals < 0 || amountDecimals > 4) {
            throw invalid("amountDecimals", "must be 0 to 4, got " + amountDecimals);
        }
        Set<String> inputCodes = new HashSet<>();
        inputs.forEach(i -> inputCodes.add(i.code()));
        for (Option option : options) {
            option.check(inputCodes);
        }
        if (recommendedOption != null && options.stream().noneMatch(o -> o.code().equals(recommendedOption))) {
            throw invalid("recommendedOption", "no option with code " + recommendedOption);
        }
    }

    /** The same document with the letter's review state and sender. */
    public TaxDocument withLetter(Letter newLetter) {
        return new TaxDocument(reference, clientName, language, jurisdiction, date, currency, amountDecimals, inputs, options,
                recommendedOption, dataVersions, advice, newLetter, valuation, shipment);
    }

    /** The same document with one more row in its data versions (the invoice file a batch was read from). */
    public TaxDocument withDataVersion(DataVersion extra) {
        List<DataVersion> all = new java.util.ArrayList<>(dataVersions);
        all.add(extra);
        return new TaxDocument(reference, clientName, language, jurisdiction, date, currency, amountDecimals, inputs, options,
                recommendedOption, all, advice, letter, valuation, shipment);
    }

    /** The same document naming the invoice and the goods it covers. */
    public TaxDocument withShipment(Shipment newShipment) {
        return new TaxDocument(reference, clientName, language, jurisdiction, date, currency, amountDecimals, inputs, options,
                recommendedOption, dataVersions, advice, letter, valuation, newShipment);
    }

    /** The option recommended, or the first (general) one when none is. */
    public Option recommended() {
        return options.stream().filter(o -> o.code().equals(recommendedOption)).findFirst().orElse(options.get(0));
    }

    public boolean chinese() {
        return "zh".equals(language.getLanguage());
    }

    /** A per-line input the chain starts from (invoice value, freight, quantity...), one worksheet column. */
    public record InputColumn(String code, LocalizedText label, int decimals, RoundingRule rounding) {
        public InputColumn {
            require(code, "input code");
            Objects.requireNonNull(label, "input label");
            rounding = rounding == null ? RoundingRule.NONE : rounding;
        }

        public InputColumn(String code, LocalizedText label, int decimals) {
            this(code, label, decimals, RoundingRule.NONE);
        }
    }

    /** One way of clearing the goods (general rate, an FTA preference, a concession) and its figures. */
    public record Option(String code, LocalizedText name, List<LocalizedText> requirements,
            List<Line> lines, List<Step> shipmentSteps, BigDecimal engineTotal) {

        public Option {
            require(code, "option code");
            Objects.requireNonNull(name, "option name");
            requirements = List.copyOf(requirements);
            lines = List.copyOf(lines);
            shipmentSteps = List.copyOf(shipmentSteps);
            Objects.requireNonNull(engineTotal, "engine total of option " + code);
        }

        void check(Set<String> inputCodes) {
            if (lines.isEmpty()) {
                throw invalid("option " + code, "has no lines");
            }
            Set<String> lineCodes = new HashSet<>(inputCodes);
            for (Line line : lines) {
                Set<String> known = new HashSet<>(inputCodes);
                for (String input : line.inputs().keySet()) {
                    if (!inputCodes.contains(input)) {
                        throw invalid("option " + code + " line " + line.number(), "input " + input + " has no column");
                    }
                }
                for (Step step : line.steps()) {
                    step.checkTerms(known, "option " + code + " line " + line.number());
                    known.add(step.code());
                    lineCodes.add(step.code());
                }
            }
            Set<String> known = new HashSet<>(lineCodes);
            for (Step step : shipmentSteps) {
                step.checkTerms(known, "option " + code + " shipment");
                known.add(step.code());
            }
        }
    }

    /** An invoice line: what it is and the chain of steps computed for it. */
    public record Line(int number, String description, String tariffCode, String origin,
            Map<String, BigDecimal> inputs, List<Step> steps) {
        public Line {
            inputs = Map.copyOf(inputs);
            steps = List.copyOf(steps);
        }
    }

    /**
     * One figure of the chain: {@code amount = round(rate applied to (Σ terms + adjustment))}, not
     * collected when at or below {@code notCollectedAtOrBelow}; a negative adjustment never makes the
     * base negative. The terms name inputs or earlier steps; in a shipment step they name line columns
     * (summed over the lines) or earlier shipment steps. The rate is an ad valorem {@code rate} (a
     * fraction, {@code ratePercent}) or, with {@code expression}, any duty expression — a specific rate
     * on the line's quantity inputs, a compound duty, "whichever is higher" — which the worksheet writes
     * as the same arithmetic (MAX, MIN, quantity × rate). With a {@code threshold} (the Australian LCT)
     * the rate applies to {@code (base − threshold) × factorNumerator / factorDenominator} and nothing is
     * payable when the base does not exceed the threshold. {@code formula = false} marks a figure the
     * spreadsheet cannot rebuild (a rate in another currency, per % of a content): the worksheet then
     * shows the engine's amount as a value and says so.
     *
     * @param payable whether the amount is a tax or fee to pay (duty, GST) rather than a value built
     *        on the way (customs value, VoTI, litres of alcohol)
     * @param roundingToConfirm the chain has no source for the step's rounding rule: the worksheet's rounding column says
     *        "to confirm" as the screen does ({@code TaxStep.roundingToConfirm})
     * @param thresholdToConfirm the threshold is a figure the chain repeats until the year's is checked (AU LCT)
     */
    public record Step(String code, LocalizedText label, List<Term> terms, BigDecimal adjustment,
            BigDecimal rate, boolean ratePercent, String rateText, RoundingRule rounding,
            BigDecimal notCollectedAtOrBelow, boolean payable, boolean formula,
            BigDecimal engineBase, BigDecimal engineAmount, RegulationRef legalReference,
            DutyExpression expression, BigDecimal threshold, BigDecimal factorNumerator, BigDecimal factorDenominator,
            boolean roundingToConfirm, boolean thresholdToConfirm) {

        /** A step whose rounding rule is sourced and whose threshold, if any, is checked. */
        public Step(String code, LocalizedText label, List<Term> terms, BigDecimal adjustment,
                BigDecimal rate, boolean ratePercent, String rateText, RoundingRule rounding,
                BigDecimal notCollectedAtOrBelow, boolean payable, boolean formula,
                BigDecimal engineBase, BigDecimal engineAmount, RegulationRef legalReference,
                DutyExpression expression, BigDecimal threshold, BigDecimal factorNumerator, BigDecimal factorDenominator) {
            this(code, label, terms, adjustment, rate, ratePercent, rateText, rounding, notCollectedAtOrBelow, payable, formula,
                    engineBase, engineAmount, legalReference, expression, threshold, factorNumerator, factorDenominator, false, false);
        }

        /** An ad valorem step (or an engine value) with no threshold. */
        public Step(String code, LocalizedText label, List<Term> terms, BigDecimal adjustment,
                BigDecimal rate, boolean ratePercent, String rateText, RoundingRule rounding,
                BigDecimal notCollectedAtOrBelow, boolean payable, boolean formula,
                BigDecimal engineBase, BigDecimal engineAmount, RegulationRef legalReference) {
            this(code, label, terms, adjustment, rate, ratePercent, rateText, rounding, notCollectedAtOrBelow, payable, formula,
                    engineBase, engineAmount, legalReference, null, null, null, null);
        }

        public Step {
            require(code, "step code");
            Objects.requireNonNull(label, "label of step " + code);
            terms = List.copyOf(terms);
            adjustment = adjustment == null ? BigDecimal.ZERO : adjustment;
            Objects.requireNonNull(rate, "rate of step " + code);
            rounding = rounding == null ? RoundingRule.NONE : rounding;
            Objects.requireNonNull(engineAmount, "engine amount of step " + code);
            factorNumerator = factorNumerator == null ? BigDecimal.ONE : factorNumerator;
            factorDenominator = factorDenominator == null ? BigDecimal.ONE : factorDenominator;
            if (formula && terms.isEmpty() && expression == null) {
                throw invalid("step " + code, "a step rebuilt by formula needs at least one term in its base");
            }
        }

        /** A single specific rate (so much per kg, per litre of alcohol): its base is the quantity, not a value. */
        public DutyExpression.Specific specific() {
            return expression instanceof DutyExpression.Specific specific ? specific : null;
        }

        void checkTerms(Set<String> known, String where) {
            for (Term term : terms) {
                if (!known.contains(term.code())) {
                    throw invalid(where + " step " + code, "term " + term.code() + " is neither an input nor an earlier step");
                }
            }
        }
    }

    /** A figure added to (or, negative, taken from) a base. */
    public record Term(String code, boolean negative) {
        public static Term plus(String code) {
            return new Term(code, false);
        }

        public static Term minus(String code) {
            return new Term(code, true);
        }
    }

    /** A reference-data set the figures rest on (tariff schedule, rate table, chain definition) and its version. */
    public record DataVersion(LocalizedText name, String version, LocalDate effectiveFrom, String source,
            MessageText label, MessageText sourceText, MessageText versionText) {

        /**
         * The uploaded invoice file a batch worksheet was calculated from and the encoding its text was read in (review r-t1
         * F9: the encoding was only in a response header); the file's name as given.
         */
        public static DataVersion sourceFile(String fileName, String encoding) {
            String name = fileName == null || fileName.isBlank() ? "-" : fileName;
            return new DataVersion(LocalizedText.of(name, name), encoding, null, name,
                    MessageText.of("taxes.documents.sourceFile"),
                    MessageText.of("taxes.text.asGiven", MessageText.Arg.literal(name)),
                    MessageText.of("taxes.documents.sourceFile.encoding", MessageText.Arg.literal(encoding)));
        }

        public DataVersion {
            Objects.requireNonNull(name, "data version name");
            require(version, "data version");
        }

        public DataVersion(LocalizedText name, String version, LocalDate effectiveFrom, String source) {
            this(name, version, effectiveFrom, source, null, null, null);
        }

        public DataVersion(LocalizedText name, String version, LocalDate effectiveFrom, String source, MessageText label,
                MessageText sourceText) {
            this(name, version, effectiveFrom, source, label, sourceText, null);
        }
    }

    /** The adviser's words for the letter: why the recommended option, on what conditions, with what risks. */
    /**
     * {@code notComputed}: the taxes the recommended option's total leaves out (an incomplete result), one sentence
     * each naming the line, the tax and what is needed; empty when complete.
     */
    /*
     * {@code statedNotApplicable}: the taxes the user stated do not apply to a line (a measure typed none), one sentence each,
     * printed beside the result so the client does not take them for forgotten (t1fixF 1); empty when none.
     */
    public record Advice(LocalizedText reason, List<LocalizedText> conditions, List<LocalizedText> risks, List<LocalizedText> riskCitations,
            List<LocalizedText> notComputed, List<LocalizedText> statedNotApplicable) {
        public Advice {
            notComputed = notComputed == null ? List.of() : List.copyOf(notComputed);
            statedNotApplicable = statedNotApplicable == null ? List.of() : List.copyOf(statedNotApplicable);
            Objects.requireNonNull(reason, "advice reason");
            conditions = List.copyOf(conditions);
            risks = List.copyOf(risks);
            // each risk's legal citation ("" for none) beside its sentence, not inside it: the letter prints an
            // Australian Act's title as published, marked as English, within a Chinese sentence
            // null for a risk without one
            riskCitations = riskCitations == null ? java.util.Collections.nCopies(risks.size(), (LocalizedText) null)
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(riskCitations));
            if (riskCitations.size() != risks.size()) {
                throw new IllegalArgumentException("one citation per risk");
            }
        }

        public Advice(LocalizedText reason, List<LocalizedText> conditions, List<LocalizedText> risks) {
            this(reason, conditions, risks, null, null, null);
        }

        public Advice(LocalizedText reason, List<LocalizedText> conditions, List<LocalizedText> risks, List<LocalizedText> riskCitations) {
            this(reason, conditions, risks, riskCitations, null, null);
        }

        public Advice(LocalizedText reason, List<LocalizedText> conditions, List<LocalizedText> risks, List<LocalizedText> riskCitations,
                List<LocalizedText> notComputed) {
            this(reason, conditions, risks, riskCitations, notComputed, null);
        }

        public boolean incomplete() {
            return !notComputed.isEmpty();
        }

        /** The same advice for an incomplete result: the taxes its total leaves out. */
        public Advice withNotComputed(List<LocalizedText> taxes) {
            return new Advice(reason, conditions, risks, riskCitations, taxes, statedNotApplicable);
        }

        /** The same advice naming the taxes the user stated do not apply. */
        public Advice withStatedNotApplicable(List<LocalizedText> taxes) {
            return new Advice(reason, conditions, risks, riskCitations, notComputed, taxes);
        }
    }

    /**
     * What the advice letter needs beyond the figures: whether it is still a draft (the calculation is
     * not yet approved, P1.3.2, so it must not read as advice given) and who signs it. The sender's
     * second line is the firm when one is configured, else the sender's role.
     */
    public record Letter(boolean draft, String senderName, LocalizedText senderLine) {
        public static final Letter DRAFT = new Letter(true, null, null);
    }

    /**
     * How the lines were valued, when the document comes from the engine: the worksheet then takes the
     * invoice values (invoice currency), the lines' shares of freight, insurance and other costs (local
     * currency, as the engine allocated them) and the exchange rate as inputs and derives each line's customs value and transport and insurance
     * by formula, so a changed rate or price recalculates. {@code foreignPerLocal}: the rate is quoted
     * as foreign currency per one local unit (Australia) and amounts are divided by it. {@code cif}:
     * the customs value includes freight and insurance (Taiwan); else (FOB, Australia) they are kept
     * apart as transport and insurance.
     */
    public record Valuation(String invoiceCurrency, BigDecimal rate, boolean foreignPerLocal, boolean cif,
            boolean priceIncludesFreight, boolean priceIncludesInsurance, List<LineValue> lines, ShipmentCosts costs,
            RoundingRule valueRounding) {
        public Valuation {
            Objects.requireNonNull(rate, "exchange rate");
            lines = List.copyOf(lines);
            valueRounding = valueRounding == null ? RoundingRule.NONE : valueRounding;
        }

        /** A chain that keeps each line's customs value as converted (no {@code customsValue} rounding). */
        public Valuation(String invoiceCurrency, BigDecimal rate, boolean foreignPerLocal, boolean cif,
                boolean priceIncludesFreight, boolean priceIncludesInsurance, List<LineValue> lines, ShipmentCosts costs) {
            this(invoiceCurrency, rate, foreignPerLocal, cif, priceIncludesFreight, priceIncludesInsurance, lines, costs, null);
        }

        /** Without the shipment's costs: the lines' shares stay the figures the engine allocated. */
        public Valuation(String invoiceCurrency, BigDecimal rate, boolean foreignPerLocal, boolean cif,
                boolean priceIncludesFreight, boolean priceIncludesInsurance, List<LineValue> lines) {
            this(invoiceCurrency, rate, foreignPerLocal, cif, priceIncludesFreight, priceIncludesInsurance, lines, null);
        }

        /**
         * The shipment's freight, insurance and other costs in the invoice currency, shared over the lines by their invoice
         * value ({@code byValue}; by weight or quantity the shares stay figures): the worksheet converts each to the local
         * currency in cents and shares it by formula (CostAllocation), so a changed total or exchange rate re-shares it.
         */
        public record ShipmentCosts(BigDecimal freight, BigDecimal insurance, BigDecimal otherCosts, boolean byValue) {
        }

        /**
         * One line's price (invoice currency), shares of the shipment's costs (local currency) and the
         * quantities a specific rate is charged on, in the base unit of each dimension (kg, L, litres of
         * alcohol as the engine counted them, pieces); where the litres of alcohol were counted from the volume
         * and strength, the strength (%vol), so the worksheet counts them by formula (the strength a rate counts
         * from, beer's "above 1.15", is read from the rate itself).
         */
        public record LineValue(BigDecimal value, BigDecimal freight, BigDecimal insurance, BigDecimal otherCosts,
                Map<UnitOfMeasure.Dimension, BigDecimal> quantities, boolean fuelEfficient, BigDecimal alcoholByVolume) {
            public LineValue {
                quantities = quantities == null ? Map.of() : Map.copyOf(quantities);
            }

        }
    }

    /**
     * The commercial invoice the calculation values and the goods on it, so the letter names what the
     * advice is about: the invoice's number and date (optional in the request), its Incoterms rule and
     * currency, the total customs value, and per line the goods, the tariff line with its published
     * description (from the tariff catalogue, when it holds the line), the origin, the price and the
     * customs value.
     */
    public record Shipment(String invoiceNumber, LocalDate invoiceDate, String incoterm, String invoiceCurrency,
            BigDecimal invoiceTotal, BigDecimal customsValue, List<Goods> goods) {
        public Shipment {
            goods = List.copyOf(goods);
        }

        /** One invoice line: the goods, their tariff line and its description, origin, price and customs value. */
        public record Goods(int line, String description, String tariffCode, LocalizedText tariffDescription, String origin,
                BigDecimal value, BigDecimal customsValue) {
        }
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw invalid(what, "is required");
        }
    }

    private static InvalidValueException invalid(String where, String reason) {
        return new InvalidValueException("taxes.documents.invalid", "tax document " + where + ": " + reason);
    }
}
