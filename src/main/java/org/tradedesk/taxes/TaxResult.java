package org.tradedesk.taxes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.RoundingRule;

/**
 * A calculation's outcome in the local currency: customs value, per-line figures, totals per tax
 * code, the duty options compared, every step with its base, rate, amounts before and after
 * rounding and legal reference, and the versions and dates of the reference data used. Amounts are
 * as the law rounds them; {@code displayAmount} is what a worksheet prints. Every text the engine
 * writes (a step's working, where its rate came from, an option's name and requirement, a note) is a
 * {@link MessageText}: a message code with typed arguments, rendered in the reader's language by the
 * page, the document or the API answer, never an English sentence.
 */
public record TaxResult(
        String jurisdiction,
        LocalDate date,
        String currency,
        BigDecimal customsValue,
        BigDecimal transportAndInsurance,
        List<LineResult> lines,
        List<TaxTotal> taxes,
        BigDecimal total,
        BigDecimal totalDisplay,
        List<DutyOption> options,
        List<TaxStep> steps,
        Map<String, MessageText> dataVersions,
        List<MessageText> notes,
        List<DataSource> sources) {

    /** A result without its data sources as values (as results were saved before they were recorded). */
    public TaxResult(String jurisdiction, LocalDate date, String currency, BigDecimal customsValue,
            BigDecimal transportAndInsurance, List<LineResult> lines, List<TaxTotal> taxes, BigDecimal total,
            BigDecimal totalDisplay, List<DutyOption> options, List<TaxStep> steps, Map<String, MessageText> dataVersions,
            List<MessageText> notes) {
        this(jurisdiction, date, currency, customsValue, transportAndInsurance, lines, taxes, total, totalDisplay, options,
                steps, dataVersions, notes, List.of());
    }

    public TaxResult {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
        options = List.copyOf(options);
        steps = List.copyOf(steps);
        // insertion order kept so a saved result prints the same way every time
        dataVersions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dataVersions));
        notes = List.copyOf(notes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The note code of a tax the engine could not compute for a line (TW 貨物稅 of a car whose engine size is not given). */
    public static final String NOT_COMPUTED = "taxes.note.kindNotComputed";

    /**
     * The note code of a tax charged over a dated threshold (AU luxury car tax) on a date for which the chain holds no threshold:
     * the tax is not computed, never silently dropped (acceptance review t1fixD 2).
     */
    public static final String THRESHOLD_NOT_COMPUTED = "taxes.note.thresholdNotComputed";

    /**
     * The note code of a tax the line's tariff would decide but cannot, its code being in a part of the tariff the bundled
     * schedule lacks, for goods the chain says attract it (AU excise-equivalent customs duty on chapters 22, 24 and 27): not
     * computed until the user types its rate or states it absent (acceptance review t1fixF 2).
     */
    public static final String GAP_NOT_COMPUTED = "taxes.note.gapRateNotComputed";

    /**
     * The note code of a tax the user switched off for a line (its measure typed {@code none}): not computed, as stated not
     * applicable by the user, so the letter and the worksheet say so and the reader does not think it forgotten (t1fixF 1).
     */
    public static final String STATED_NOT_APPLICABLE = "taxes.note.statedNotApplicable";

    /**
     * The note of a preference not assessed: its country list holds no country yet or is still to confirm, so the result
     * neither offers it nor says the origin may not claim it (acceptance review t1fixG 1).
     */
    public static final String OPTION_NOT_ASSESSED = "taxes.note.optionNotAssessed";

    /** Whether a result names a preference it did not assess. */
    public boolean hasUnassessedOptions() {
        return notes.stream().anyMatch(n -> OPTION_NOT_ASSESSED.equals(n.code()));
    }

    /**
     * The note code of a line whose code is not in the tariff on the date, its duty typed: the taxes the code decides (WET, the
     * excise-equivalent or anti-dumping rate) could not be decided, so the result is incomplete until they are typed or stated
     * absent ({@code none}), as a TW car without its engine size is (acceptance review t1fixM M2: approved with WET missing).
     */
    public static final String CODE_NOT_IN_TARIFF = "taxes.note.code-not-in-tariff";

    /** Whether a note names a tax left out of the total. */
    public static boolean isNotComputed(MessageText note) {
        return NOT_COMPUTED.equals(note.code()) || THRESHOLD_NOT_COMPUTED.equals(note.code()) || GAP_NOT_COMPUTED.equals(note.code())
                || CODE_NOT_IN_TARIFF.equals(note.code());
    }

    /** The taxes the user stated do not apply, one note each naming the line and the tax. */
    public List<MessageText> statedNotApplicable() {
        return notes.stream().filter(n -> STATED_NOT_APPLICABLE.equals(n.code())).toList();
    }

    /** The taxes left out of the total, one note each naming the line, the tax and what is needed to compute it. */
    public List<MessageText> notComputed() {
        return notes.stream().filter(TaxResult::isNotComputed).toList();
    }

    /** Whether every tax of the chain was computed: an incomplete result's total leaves out {@link #notComputed()}. */
    public boolean complete() {
        return notComputed().isEmpty();
    }

    /** The note code of a line whose strength lies outside its tariff item's range: the line's rates may be the wrong ones. */
    public static final String UNCONFIRMED = "taxes.note.strengthOutsideLine";

    /** The lines to confirm or correct before the result may be approved (review r-t1b 9), one note each. */
    public List<MessageText> unconfirmed() {
        return notes.stream().filter(n -> UNCONFIRMED.equals(n.code())).toList();
    }

    /**
     * The rule the chain this result ran on states amounts in its payable unit by ({@code displayRounding} of
     * {@code taxes/chains/<jurisdiction>.json}, with its legal source there): Taiwan's whole NT$, truncated (稅款解繳作業辦法
     * 第5條「…一律收至元為止，角以下免收」); none where the chain keeps the currency's minor unit. The chain is the one the
     * result names ({@link DataSource#CHAIN}), else the one in force on its date; none held: no rounding. For a module
     * declaring the result's figures (clearance: Taiwan's 完稅價格 in whole NT$) to apply the engine's rule, not one of its own.
     */
    public org.tradedesk.shared.RoundingRule payableRounding() {
        String version = sources.stream().filter(s -> DataSource.CHAIN.equals(s.kind())).map(DataSource::version).findFirst().orElse(null);
        org.tradedesk.taxes.domain.ChainDefinition chain = org.tradedesk.taxes.definitions.ChainDefinitions.shipped()
                .ranOn(jurisdiction, version, date);
        return chain == null ? org.tradedesk.shared.RoundingRule.NONE : chain.displayRounding();
    }

    /**
     * The rule the chain this result ran on rounds each line's customs value by before any step takes it ({@code customsValue}
     * of {@code taxes/chains/<jurisdiction>.json}, with its source there; Taiwan's 完稅價格 in whole NT$, t4fixAB); none where
     * the chain keeps the value as converted. For a document that works the value again by formula (the worksheet).
     */
    public org.tradedesk.shared.RoundingRule customsValueRounding() {
        String version = sources.stream().filter(s -> DataSource.CHAIN.equals(s.kind())).map(DataSource::version).findFirst().orElse(null);
        org.tradedesk.taxes.domain.ChainDefinition chain = org.tradedesk.taxes.definitions.ChainDefinitions.shipped()
                .ranOn(jurisdiction, version, date);
        return chain == null || chain.customsValueRounding() == null ? org.tradedesk.shared.RoundingRule.NONE
                : chain.customsValueRounding().rounding();
    }

    /** Whether the result may be approved: complete, and no line's tariff item contradicted by its strength. */
    public boolean approvable() {
        return complete() && unconfirmed().isEmpty();
    }

    /** The total of one tax code, or zero when it did not apply. */
    public BigDecimal amountOf(String code) {
        return taxes.stream().filter(t -> t.code().equals(code)).map(TaxTotal::amount).findFirst().orElse(BigDecimal.ZERO);
    }

    public TaxTotal tax(String code) {
        return taxes.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * One invoice line valued and taxed. {@code freightShare}, {@code insuranceShare} and
     * {@code otherCostsShare} are the line's shares of the shipment costs in the local currency, as the
     * valuation used them (a worksheet rebuilds the customs value from them); null in results saved
     * before they were recorded.
     */
    public record LineResult(int line, String description, String tariffCode, String origin, String scheme,
            BigDecimal customsValue, BigDecimal transportAndInsurance, BigDecimal litresOfAlcohol,
            boolean lowValue, Map<String, BigDecimal> taxes, BigDecimal total,
            BigDecimal freightShare, BigDecimal insuranceShare, BigDecimal otherCostsShare) {
    }

    /** The amount of one tax for the whole calculation. */
    public record TaxTotal(String code, LocalizedText label, BigDecimal base, String rate, BigDecimal amount,
            BigDecimal displayAmount, boolean collected, String legalReference) {
    }

    /**
     * One reference-data set the result rests on, as values (what {@code dataVersions} says in words), for
     * documents to print in the reader's language: {@code kind} {@code CHAIN}, {@code EXCHANGE_RATE} or
     * {@code TARIFF_LINE}; {@code subject} the jurisdiction, the currency or the line number; its version,
     * the dates it is in force and its publisher; for a rate, the rate and its quotation
     * ({@code LOCAL_PER_FOREIGN} or {@code FOREIGN_PER_LOCAL}); {@code fromRequest} when the request gave it;
     * {@code publisherText} where a rate comes from as a message (source and rate-table row), null in results saved
     * before it was kept (their {@code publisher} text is then printed as it was written).
     */
    public record DataSource(String kind, String subject, String version, LocalDate effectiveFrom, LocalDate effectiveTo,
            String publisher, BigDecimal rate, String quotation, boolean fromRequest, MessageText versionText,
            MessageText publisherText) {

        /** {@code versionText}: the version as a message for the reader (a tariff line's); null where {@code version} says it all. */
        public DataSource(String kind, String subject, String version, LocalDate effectiveFrom, LocalDate effectiveTo,
                String publisher, BigDecimal rate, String quotation, boolean fromRequest, MessageText versionText) {
            this(kind, subject, version, effectiveFrom, effectiveTo, publisher, rate, quotation, fromRequest, versionText, null);
        }

        public DataSource(String kind, String subject, String version, LocalDate effectiveFrom, LocalDate effectiveTo,
                String publisher, BigDecimal rate, String quotation, boolean fromRequest) {
            this(kind, subject, version, effectiveFrom, effectiveTo, publisher, rate, quotation, fromRequest, null, null);
        }

        /** The publisher for the reader: {@code publisherText}, or the stored text as it was written. */
        public MessageText publisherMessage() {
            return publisherText != null ? publisherText
                    : MessageText.of("taxes.text.asGiven", MessageText.Arg.literal(publisher == null ? "" : publisher));
        }

        public static final String CHAIN = "CHAIN";
        public static final String EXCHANGE_RATE = "EXCHANGE_RATE";
        public static final String TARIFF_LINE = "TARIFF_LINE";
        /**
         * A dated threshold a line's tax was charged over (AU luxury car tax): {@code subject} the line (from 1), {@code version}
         * which threshold ({@link #FUEL_EFFICIENT} or {@link #OTHER_CARS}), {@code rate} its amount in the local currency,
         * {@code effectiveFrom}/{@code effectiveTo} the financial year it is published for.
         */
        public static final String THRESHOLD = "THRESHOLD";
        public static final String FUEL_EFFICIENT = "FUEL_EFFICIENT";
        public static final String OTHER_CARS = "OTHER";
    }

    /**
     * One duty option of a line: the whole calculation re-run with it. {@code requires} is what
     * claiming it takes; null when nothing is needed (the general rate).
     */
    public record DutyOption(int line, String scheme, MessageText label, String duty, BigDecimal dutyAmount,
            BigDecimal total, BigDecimal saving, MessageText requires, boolean cheapest, boolean selected) {
    }

    /**
     * One step of the chain for a line ({@code line} from 1) or the shipment ({@code line} null):
     * {@code baseFormula} the codes the base adds up, for worksheet formulas ({@code CUSTOMS_VALUE + DUTY}),
     * {@code baseTerms} the same terms by their names, {@code rateSource} where the rate came from,
     * {@code explanation} the working. {@code baseTerms} is null in results saved before it was recorded.
     * {@code quantityBase}: where the rate is (partly) specific, the quantity it was charged on in its unit, with how litres of
     * alcohol were counted (400 LAL (1,000 L × 40 %vol)); with an ad valorem part too, the value base before it (review r-t1b 3).
     */
    public record TaxStep(Integer line, String code, LocalizedText label, String baseFormula, BigDecimal base,
            String rate, MessageText rateSource, BigDecimal amountExact, BigDecimal amount, String rounding,
            boolean collected, String legalReference, MessageText explanation, MessageText baseTerms, MessageText quantityBase,
            Boolean roundingToConfirm) {

        // Boolean, not boolean: results saved before it was recorded have none (read as not to confirm)

        /** A step without a quantity base (no specific rate, or a result saved before it was recorded). */
        public TaxStep(Integer line, String code, LocalizedText label, String baseFormula, BigDecimal base,
                String rate, MessageText rateSource, BigDecimal amountExact, BigDecimal amount, String rounding,
                boolean collected, String legalReference, MessageText explanation, MessageText baseTerms) {
            this(line, code, label, baseFormula, base, rate, rateSource, amountExact, amount, rounding, collected, legalReference,
                    explanation, baseTerms, null, false);
        }

        /** The rounding rule in words ({@code TRUNCATE_0} → "truncated to whole units"). */
        public MessageText roundingText() {
            return Boolean.TRUE.equals(roundingToConfirm) ? roundingToConfirm(roundingText(rounding)) : roundingText(rounding);
        }

        /** The roundings the worksheet names in words ({@code taxes.documents.rounding.<code>}). */
        private static final java.util.Set<String> NAMED_ROUNDINGS = java.util.Set.of("TRUNCATE_0", "TRUNCATE_1", "TRUNCATE_2",
                "HALF_UP_2", "HALF_UP_0");

        /** A rounding rule the chain file has no source for, with its "to confirm" status (review r-t1b 5). */
        public static MessageText roundingToConfirm(MessageText rule) {
            return MessageText.of("taxes.rounding.toConfirm", MessageText.Arg.message(rule));
        }

        /** A rounding code of the chain files in words. */
        public static MessageText roundingText(String code) {
            if (code != null && NAMED_ROUNDINGS.contains(code)) {
                // one wording with the worksheet ("truncated to whole units", not "truncated to 0 decimal(s)": review r-t1b 6)
                return MessageText.of("taxes.documents.rounding." + code);
            }
            RoundingRule rule = RoundingRule.parse(code);
            if (rule.scale() < 0) {
                return MessageText.of("taxes.rounding.NONE");
            }
            return MessageText.of("taxes.rounding." + rule.mode().name(), MessageText.Arg.number(rule.scale()));
        }
    }
}
