package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.EffectivePeriod;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.RoundingRule;

/**
 * A jurisdiction's duty and tax chain as data (稅費計算順序): the valuation basis, the ordered
 * steps, how alcohol is counted, the low-value (de minimis) rules and the penalty rules, each
 * effective-dated. Read from {@code taxes/chains/<JURISDICTION>.json}; the engine holds no
 * country-specific branch.
 */
public record ChainDefinition(
        String jurisdiction,
        String version,
        EffectivePeriod period,
        CurrencyCode currency,
        ValuationBasis valuationBasis,
        RoundingRule displayRounding,
        AlcoholRule alcohol,
        List<LowValueRule> lowValue,
        List<StepDefinition> steps,
        List<PenaltyRule> penalties,
        List<Dated<BigDecimal>> penaltyUnit,
        List<String> notes,
        List<Concession> concessions,
        SmallProducerReliefRule smallProducerRelief,
        DraughtReliefRule draughtRelief,
        ValueRounding customsValueRounding) {

    /** A chain without a rounding of the customs value (each line's value kept to the cent or beyond). */
    public ChainDefinition(String jurisdiction, String version, EffectivePeriod period, CurrencyCode currency,
            ValuationBasis valuationBasis, RoundingRule displayRounding, AlcoholRule alcohol, List<LowValueRule> lowValue,
            List<StepDefinition> steps, List<PenaltyRule> penalties, List<Dated<BigDecimal>> penaltyUnit, List<String> notes,
            List<Concession> concessions, SmallProducerReliefRule smallProducerRelief, DraughtReliefRule draughtRelief) {
        this(jurisdiction, version, period, currency, valuationBasis, displayRounding, alcohol, lowValue, steps, penalties,
                penaltyUnit, notes, concessions, smallProducerRelief, draughtRelief, null);
    }

    /**
     * How each line's customs value (完稅價格) is rounded once valued in the local currency, before any step takes it as its
     * base, with the published rule it follows ({@code roundingSource}) and the law ({@code legalReference}) — the chain file's
     * {@code customsValue} entry, stated as the steps state theirs (Taiwan: whole NT$, so the engine's bases are the values a
     * declaration carries; issue 8 / t4fixAB: clearance rounded them itself and a tax on the value with cents could differ by NT$1).
     */
    public record ValueRounding(RoundingRule rounding, String roundingSource, String legalReference) {
        public ValueRounding {
            Objects.requireNonNull(rounding, "rounding");
            if (rounding != RoundingRule.NONE && (roundingSource == null || roundingSource.isBlank())) {
                throw new InvalidValueException("taxes.chain.invalid", "customsValue rounding " + rounding.code() + " needs its roundingSource");
            }
        }

        public BigDecimal apply(BigDecimal value) {
            return value == null ? null : rounding.apply(value);
        }
    }

    public ChainDefinition {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(valuationBasis, "valuationBasis");
        displayRounding = displayRounding == null ? RoundingRule.NONE : displayRounding;
        alcohol = alcohol == null ? new AlcoholRule(RoundingRule.NONE, null) : alcohol;
        lowValue = List.copyOf(lowValue);
        steps = List.copyOf(steps);
        penalties = List.copyOf(penalties);
        penaltyUnit = List.copyOf(penaltyUnit);
        notes = List.copyOf(notes);
        concessions = concessions == null ? List.of() : List.copyOf(concessions);
        if (steps.isEmpty()) {
            throw new InvalidValueException("taxes.chain.invalid", jurisdiction + " chain " + version + " has no steps");
        }
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(CUSTOMS_VALUE, TRANSPORT_INSURANCE));
        for (StepDefinition step : steps) {
            for (String name : step.base()) {
                if (!seen.contains(name)) {
                    throw new InvalidValueException("taxes.chain.invalid", jurisdiction + " chain " + version + ": step "
                            + step.code() + " adds " + name + " which is not a value or an earlier step");
                }
            }
            seen.add(step.code());
        }
    }

    /** Names of the values every base may add besides earlier steps. */
    public static final String CUSTOMS_VALUE = "CUSTOMS_VALUE";
    public static final String TRANSPORT_INSURANCE = "TRANSPORT_INSURANCE";

    /** Customs value on CIF (Taiwan, EU, UK) or FOB (Australia, US) terms. */
    public enum ValuationBasis { CIF, FOB }

    /** Whether a step is computed per invoice line or once for the whole declaration. */
    public enum Level { LINE, SHIPMENT }

    /** The keys a line's {@code measures} may use with this chain, in chain order. */
    public java.util.Set<String> measureKeys() {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        steps.forEach(s -> {
            if (s.measureKey() != null) {
                keys.add(s.measureKey());
            }
        });
        return keys;
    }

    /** The concession {@code scheme} in force on {@code date}, if the chain has one. */
    public Optional<Concession> concession(String scheme, LocalDate date) {
        return concessions.stream().filter(c -> c.scheme().equals(scheme) && c.period().contains(date)).findFirst();
    }

    public Optional<LowValueRule> lowValueRule(LocalDate date) {
        return lowValue.stream().filter(r -> r.period().contains(date)).findFirst();
    }

    /** A value in force on a date: a rate, a threshold, a penalty unit. */
    public record Dated<T>(EffectivePeriod period, T value, String note) {
        public static <T> Optional<Dated<T>> on(List<Dated<T>> list, LocalDate date) {
            return list.stream().filter(d -> d.period().contains(date)).findFirst();
        }
    }

    /**
     * How litres of alcohol are counted: the rounding and the published rule it follows. A deduction from
     * the strength (Australian beer's 1.15 %vol) is not here: it is part of the rate text that states it
     * ({@code ABOVE 1.15 %vol} in the duty expression).
     */
    public record AlcoholRule(RoundingRule lalRounding, String legalReference, String legalReferenceMessage,
            RoundingRule perLalAmountRounding, String perLalAmountRoundingSource) {

        /**
         * {@code perLalAmountRounding}: how an amount charged per litre of alcohol is rounded, whichever step charges it (a Schedule 3
         * duty per LAL and the excise-equivalent duty follow the same published rule); null when the steps' own roundings apply.
         */
        public AlcoholRule(RoundingRule lalRounding, String legalReference, String legalReferenceMessage) {
            this(lalRounding, legalReference, legalReferenceMessage, null, null);
        }

        /** The published rule as a sentence the explanation renders in the reader's language: a message code so marked. */
        public static final String MESSAGE = "message:";

        public AlcoholRule(RoundingRule lalRounding, String legalReference) {
            this(lalRounding, legalReference, null);
        }

        /**
         * What the explanation names as the rule's source: the message code ({@code message:taxes.source…}) where the
         * chain gives one, so a zh-TW page reads the ATO's rule in Chinese; else the reference as written.
         */
        public String sourceForWorking() {
            return legalReferenceMessage == null || legalReferenceMessage.isBlank() ? legalReference : MESSAGE + legalReferenceMessage;
        }
    }

    /**
     * Goods of a customs value at or below the threshold are not taxed at the border (或免稅),
     * except those of the listed HS chapters (alcohol, tobacco); {@code consignment} limits the rule
     * to postal/express consignments when set.
     */
    public record LowValueRule(EffectivePeriod period, BigDecimal threshold, List<String> exceptChapters,
            String consignment, LocalizedText label, String legalReference) {
        public LowValueRule {
            exceptChapters = List.copyOf(exceptChapters);
        }

        public boolean excepts(String tariffDigits) {
            return tariffDigits != null && exceptChapters.stream().anyMatch(tariffDigits::startsWith);
        }
    }

    /**
     * One step of the chain. The expression comes from the line's {@code measures[measureKey]},
     * else the tariff catalogue, else the dated {@code rates} of the definition — the latter only
     * for goods whose tariff code starts with one of {@code hsPrefixes} when that list is not empty
     * (taxes by kind, e.g. WET on wine, LCT on cars). {@code thresholds} make the base the excess
     * over a dated threshold, times {@code factor} (e.g. LCT: 10/11 of the excess). {@code kinds} give
     * a step different dated rates by tariff code (Taiwan 菸酒稅: beer per litre, wine and spirits
     * per litre of alcohol); a kind with no rate in force has a note saying what to give instead.
     */
    public record StepDefinition(
            String code,
            LocalizedText label,
            Level level,
            List<String> base,
            String measureKey,
            List<Dated<String>> rates,
            List<String> hsPrefixes,
            RoundingRule rounding,
            BigDecimal notCollectedAtOrBelow,
            boolean required,
            boolean lowValueExempt,
            boolean onlyWhenLowValue,
            boolean collected,
            List<Dated<Threshold>> thresholds,
            BigDecimal factorNumerator,
            BigDecimal factorDenominator,
            String legalReference,
            List<Kind> kinds,
            List<GoodsReference> goodsReferences,
            boolean roundingToConfirm,
            List<String> gapChapters) {

        /** A step every line may leave to the tariff, whatever part of it the bundled schedule lacks. */
        public StepDefinition(String code, LocalizedText label, Level level, List<String> base, String measureKey,
                List<Dated<String>> rates, List<String> hsPrefixes, RoundingRule rounding, BigDecimal notCollectedAtOrBelow,
                boolean required, boolean lowValueExempt, boolean onlyWhenLowValue, boolean collected, List<Dated<Threshold>> thresholds,
                BigDecimal factorNumerator, BigDecimal factorDenominator, String legalReference, List<Kind> kinds,
                List<GoodsReference> goodsReferences, boolean roundingToConfirm) {
            this(code, label, level, base, measureKey, rates, hsPrefixes, rounding, notCollectedAtOrBelow, required, lowValueExempt,
                    onlyWhenLowValue, collected, thresholds, factorNumerator, factorDenominator, legalReference, kinds, goodsReferences,
                    roundingToConfirm, null);
        }

        public StepDefinition {
            goodsReferences = goodsReferences == null ? List.of() : List.copyOf(goodsReferences);
            gapChapters = gapChapters == null ? List.of() : List.copyOf(gapChapters);
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(level, "level");
            base = List.copyOf(base);
            rates = List.copyOf(rates);
            hsPrefixes = List.copyOf(hsPrefixes);
            rounding = rounding == null ? RoundingRule.NONE : rounding;
            thresholds = List.copyOf(thresholds);
            factorNumerator = factorNumerator == null ? BigDecimal.ONE : factorNumerator;
            factorDenominator = factorDenominator == null ? BigDecimal.ONE : factorDenominator;
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }

        /** The kind of goods the tariff code falls in, by its longest matching prefix. */
        public Optional<Kind> kindOf(String tariffDigits) {
            if (tariffDigits == null) {
                return Optional.empty();
            }
            Kind best = null;
            int bestLength = 0;
            for (Kind kind : kinds) {
                for (String prefix : kind.hsPrefixes()) {
                    if (tariffDigits.startsWith(prefix) && prefix.length() > bestLength) {
                        best = kind;
                        bestLength = prefix.length();
                    }
                }
            }
            return Optional.ofNullable(best);
        }

        /**
         * The provision the step is charged under for goods of this tariff code: the longest matching goods reference (UK: tobacco
         * lines of the alcohol-or-tobacco step cite the Tobacco Products Duty Act 1979, not the alcohol acts: review r-t1b 1),
         * else the step's own.
         */
        public String legalReference(String tariffDigits) {
            return goodsReference(tariffDigits).map(GoodsReference::legalReference).orElse(legalReference);
        }

        /** The goods reference for this tariff code by its longest matching prefix, if any. */
        public Optional<GoodsReference> goodsReference(String tariffDigits) {
            GoodsReference best = null;
            int bestLength = 0;
            if (tariffDigits != null) {
                for (GoodsReference g : goodsReferences) {
                    for (String prefix : g.hsPrefixes()) {
                        if (tariffDigits.startsWith(prefix) && prefix.length() > bestLength) {
                            best = g;
                            bestLength = prefix.length();
                        }
                    }
                }
            }
            return Optional.ofNullable(best);
        }

        /** The base as a worksheet prints it: CUSTOMS_VALUE + DUTY + ... */
        public String baseFormula() {
            return String.join(" + ", base);
        }

        /**
         * Whether goods of this tariff code attract the step by their chapter ({@code gapChapters}: AU excise-equivalent customs
         * duty on chapters 22, 24 and 27), so that a line whose item the bundled schedule lacks cannot be complete until its
         * measure is typed or stated absent.
         */
        public boolean attractsByChapter(String tariffDigits) {
            return tariffDigits != null && gapChapters.stream().anyMatch(tariffDigits::startsWith);
        }

        public boolean recognises(String tariffDigits) {
            return hsPrefixes.isEmpty() || (tariffDigits != null && hsPrefixes.stream().anyMatch(tariffDigits::startsWith));
        }
    }

    /**
     * Goods of one kind for a step that taxes kinds differently: their tariff-code prefixes, the dated
     * rates (none when the kind is left to the request), a note for the reader and the provision.
     */
    public record Kind(String name, List<String> hsPrefixes, List<Dated<String>> rates, LocalizedText note, String legalReference,
            LocalizedText label, String legalReferenceEn) {

        public Kind(String name, List<String> hsPrefixes, List<Dated<String>> rates, LocalizedText note, String legalReference,
                LocalizedText label) {
            this(name, hsPrefixes, rates, note, legalReference, label, null);
        }

        /** The provision in each language: the English the file gives, else the citation as written (review r-t1b 6). */
        public LocalizedText legalReferenceText() {
            return LocalizedText.of(legalReference, legalReferenceEn == null ? legalReference : legalReferenceEn);
        }

        public Kind {
            Objects.requireNonNull(name, "name");
            label = label == null ? LocalizedText.of(name, name) : label;
            hsPrefixes = List.copyOf(hsPrefixes);
            rates = List.copyOf(rates);
        }
    }

    /**
     * The provision a step cites for goods of some tariff codes (name: the message {@code taxes.law.<jurisdiction>.<step>.<name>}).
     */
    public record GoodsReference(String name, List<String> hsPrefixes, String legalReference) {
        public GoodsReference {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(legalReference, "legalReference");
            hsPrefixes = List.copyOf(hsPrefixes);
        }
    }

    /** A threshold amount, with the higher one for fuel-efficient cars where the law has one. */
    public record Threshold(BigDecimal amount, BigDecimal fuelEfficientAmount, boolean toConfirm) {

        public Threshold(BigDecimal amount, BigDecimal fuelEfficientAmount) {
            this(amount, fuelEfficientAmount, false);
        }
    }

    /**
     * A penalty or surcharge that can follow an understatement or a late declaration or payment.
     * {@code kind}: PER_DAY (amount per day late), PER_DAY_PERCENT (percent of the unpaid tax per
     * day, up to {@code maxDays}), MULTIPLE (up to {@code high} × the shortfall, usually
     * {@code low} ×), GREATER_OF_UNITS_OR_MULTIPLE (up to the greater of {@code units} penalty units
     * and {@code high} × the shortfall).
     */
    /**
     * A penalty the law provides. For a MULTIPLE, {@code trigger} names what it multiplies (UNDERSTATEMENT: the evaded
     * duty; BUSINESS_TAX_SHORTFALL: the evaded business tax; SMUGGLING: the goods' value), {@code low} is the usual
     * multiple, {@code high} the legal maximum and {@code legalMin} the legal minimum (0 for "up to n times").
     */
    public record PenaltyRule(String code, LocalizedText label, String kind, String trigger, BigDecimal amount,
            BigDecimal low, BigDecimal high, BigDecimal units, Integer maxDays, String legalReference,
            String voluntaryDisclosure, BigDecimal legalMin) {

        public PenaltyRule(String code, LocalizedText label, String kind, String trigger, BigDecimal amount, BigDecimal low,
                BigDecimal high, BigDecimal units, Integer maxDays, String legalReference, String voluntaryDisclosure) {
            this(code, label, kind, trigger, amount, low, high, units, maxDays, legalReference, voluntaryDisclosure, null);
        }

        public BigDecimal legalMinimum() {
            return legalMin == null ? BigDecimal.ZERO : legalMin;
        }
    }

    /**
     * A duty concession a line may claim by naming its instrument (an Australian Tariff Concession
     * Order number, a tariff-quota order number): it becomes one more duty option. {@code duty} is
     * the concession's own rate; when it has none (a quota's in-quota rate differs per quota) the
     * claim must give it. {@code referencePattern} is what the instrument's number looks like.
     */
    public record Concession(String scheme, LocalizedText label, EffectivePeriod period, String duty, LocalizedText referenceName,
            String referencePattern, LocalizedText requires, String legalReference) {
        public Concession {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(referenceName, "referenceName");
            Objects.requireNonNull(requires, "requires");
            referencePattern = referencePattern == null ? ".{1,40}" : referencePattern;
            java.util.regex.Pattern.compile(referencePattern);
        }
    }
}
