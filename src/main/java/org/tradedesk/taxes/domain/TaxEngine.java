package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyContext;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.TaxResult.DutyOption;
import org.tradedesk.taxes.TaxResult.LineResult;
import org.tradedesk.taxes.domain.ChainDefinition.Level;
import org.tradedesk.taxes.domain.ChainDefinition.StepDefinition;
import org.tradedesk.taxes.domain.ChainDefinition.ValuationBasis;

/**
 * Values an invoice and runs a jurisdiction's chain over it, by named rules: {@link Valuation} (with
 * {@link CostAllocation}), {@link LowValueExemption}, {@link LineMeasures} (with {@link Concessions}),
 * {@link StepEvaluator} (with {@link ThresholdRule} and {@link DutyWorking}), then
 * {@link OptionComparison}. Everything country-specific comes from the {@link ChainDefinition}; the same
 * request with the same data gives the same result. Amounts are exact until the step where the chain
 * rounds them; the rounded amount is what later bases add up, as customs assessments do.
 */
public final class TaxEngine {

    public static final String GENERAL = DutyCandidate.GENERAL;

    private final ExchangeRateTable rates;
    private final TariffMeasureSource tariff;
    private final DutyExpressions expressions = new DutyExpressions();
    private final Concessions concessions = new Concessions(expressions);

    /** {@code tariff} may be null while no tariff catalogue is connected: lines then carry their measures. */
    public TaxEngine(ExchangeRateTable rates, TariffMeasureSource tariff) {
        this.rates = rates == null ? ExchangeRateTable.EMPTY : rates;
        this.tariff = tariff;
    }

    public TaxResult calculate(TaxRequest request, ChainDefinition chain) {
        if (!chain.period().contains(request.date())) {
            throw TaxInputInvalid.field("date", MessageText.of("taxes.reason.chain.not-in-force",
                    MessageText.Arg.literal(chain.jurisdiction()), MessageText.Arg.date(request.date())));
        }
        Evaluated evaluated = run(request, chain);
        ChainRun main = evaluated.run;
        long compared = main.candidates.stream().mapToLong(c -> c.size() < 2 ? 0 : c.size()).sum();
        if (compared > TaxRequestLine.MAX_OPTIONS_PER_REQUEST) {
            // each option is one more evaluation of its line and one more row of the answer
            throw TaxInputInvalid.field("lines", MessageText.of("taxes.reason.options.too-many",
                    MessageText.Arg.number(compared), MessageText.Arg.number(TaxRequestLine.MAX_OPTIONS_PER_REQUEST)));
        }
        List<DutyOption> options = OptionComparison.lineOptions(request, main,
                (i, scheme) -> variant(evaluated, request, chain, i, scheme));
        return new TaxResult(chain.jurisdiction(), request.date(), chain.currency().value(), main.customsValue,
                main.transportAndInsurance, main.lines, main.totals, main.total,
                chain.displayRounding().apply(main.total), options, main.steps, main.dataVersions, main.notes, main.sources);
    }

    /**
     * A run with what its lines' options need kept: each line's values and taxes, the shipment steps' sums
     * over the lines. An option then re-evaluates its own line and the shipment steps only, with the other
     * lines' figures as they are (they do not depend on it): the same figures as the whole calculation run
     * again with it, at a cost of one line instead of the whole invoice (issue 11: the whole re-run made
     * the cost grow with the square of the lines).
     */
    private static final class Evaluated {
        final ChainRun run;
        final Valuation.ValuedShipment valued;
        final String[] digits;
        final LowValueExemption.Outcome lowValue;
        final Map<CurrencyCode, BigDecimal> fx;
        final List<Map<String, BigDecimal>> lineValues;
        final List<Map<String, BigDecimal>> lineTaxes;
        final List<DutyContext> contexts;
        /** Per shipment step that applies to at least one line: the sum of its base over those lines. */
        final Map<StepDefinition, BigDecimal> shipmentLinesBase = new java.util.IdentityHashMap<>();
        final BigDecimal[] lineCollected;
        BigDecimal shipmentCollected = BigDecimal.ZERO;
        /** The largest scale of the collected amounts of the lines before and after each line (the total's scale). */
        final int[] scaleBefore;
        final int[] scaleAfter;

        Evaluated(ChainRun run, Valuation.ValuedShipment valued, String[] digits, LowValueExemption.Outcome lowValue,
                Map<CurrencyCode, BigDecimal> fx, List<Map<String, BigDecimal>> lineValues, List<Map<String, BigDecimal>> lineTaxes,
                List<DutyContext> contexts, ChainDefinition chain) {
            this.run = run;
            this.valued = valued;
            this.digits = digits;
            this.lowValue = lowValue;
            this.fx = fx;
            this.lineValues = lineValues;
            this.lineTaxes = lineTaxes;
            this.contexts = contexts;
            int n = lineTaxes.size();
            lineCollected = new BigDecimal[n];
            scaleBefore = new int[n + 1];
            scaleAfter = new int[n + 1];
            int[] scales = new int[n];
            for (int i = 0; i < n; i++) {
                lineCollected[i] = collected(chain, lineTaxes.get(i));
                scales[i] = collectedScale(chain, lineTaxes.get(i));
                scaleBefore[i + 1] = Math.max(scaleBefore[i], scales[i]);
            }
            for (int i = n - 1; i >= 0; i--) {
                scaleAfter[i] = Math.max(scaleAfter[i + 1], scales[i]);
            }
        }
    }

    /** The sum of a line's (or the shipment's) collected taxes, as the chain's total adds them. */
    private static BigDecimal collected(ChainDefinition chain, Map<String, BigDecimal> taxes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (StepDefinition step : chain.steps()) {
            BigDecimal a = taxes.get(step.code());
            if (a != null && step.collected()) {
                sum = sum.add(a);
            }
        }
        return sum;
    }

    private static int collectedScale(ChainDefinition chain, Map<String, BigDecimal> taxes) {
        int scale = 0;
        for (StepDefinition step : chain.steps()) {
            BigDecimal a = taxes.get(step.code());
            if (a != null && step.collected()) {
                scale = Math.max(scale, a.scale());
            }
        }
        return scale;
    }

    /** Line {@code i} switched to {@code scheme}, the other lines as run: the shipment's total, the line's duty and its rate. */
    private OptionComparison.OptionRun variant(Evaluated main, TaxRequest request, ChainDefinition chain, int i, String scheme) {
        TaxRequestLine line = request.lines().get(i).withScheme(scheme);
        ChainRun scratch = new ChainRun();
        StepEvaluator steps = new StepEvaluator(chain, request.date(), expressions, tariff, scratch);
        LineMeasures measures = LineMeasures.of(tariff, chain, request.date(), line, i, main.digits[i], expressions, concessions);
        Map<String, BigDecimal> values = valuationValues(chain, main.valued.lines().get(i));
        Map<String, BigDecimal> taxes = new LinkedHashMap<>();
        boolean low = main.lowValue.low(i);
        lineSteps(chain, steps, i, line, main.digits[i], measures, values, taxes, main.contexts.get(i), low);

        Map<String, BigDecimal> shipment = new LinkedHashMap<>();
        for (StepDefinition step : chain.steps()) {
            BigDecimal linesBase = main.shipmentLinesBase.get(step);
            if (step.level() != Level.SHIPMENT || linesBase == null) {
                continue;
            }
            if (StepEvaluator.appliesTo(step, low)) {
                linesBase = linesBase.subtract(StepEvaluator.sum(step.base(), main.lineValues.get(i)))
                        .add(StepEvaluator.sum(step.base(), values));
            }
            steps.shipment(step, linesBase, shipment, main.fx);
        }
        int scale = Math.max(Math.max(main.scaleBefore[i], main.scaleAfter[i + 1]),
                Math.max(collectedScale(chain, taxes), collectedScale(chain, shipment)));
        BigDecimal total = main.run.total.subtract(main.lineCollected[i]).subtract(main.shipmentCollected)
                .add(collected(chain, taxes)).add(collected(chain, shipment)).setScale(scale, java.math.RoundingMode.UNNECESSARY);
        String rate = scratch.steps.stream().filter(s -> s.line() != null && s.line() == i + 1 && s.code().equals("DUTY"))
                .map(org.tradedesk.taxes.TaxResult.TaxStep::rate).findFirst().orElse(null);
        return new OptionComparison.OptionRun(total, rate, taxes.getOrDefault("DUTY", BigDecimal.ZERO));
    }

    private static Map<String, BigDecimal> valuationValues(ChainDefinition chain, Valuation.ValuedLine v) {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put(ChainDefinition.CUSTOMS_VALUE, v.customsValue());
        values.put(ChainDefinition.TRANSPORT_INSURANCE,
                chain.valuationBasis() == ValuationBasis.FOB ? v.transportAndInsurance() : BigDecimal.ZERO);
        return values;
    }

    private static void lineSteps(ChainDefinition chain, StepEvaluator steps, int i, TaxRequestLine line, String digits,
            LineMeasures measures, Map<String, BigDecimal> values, Map<String, BigDecimal> taxes, DutyContext context, boolean low) {
        for (StepDefinition step : chain.steps()) {
            if (step.level() != Level.LINE || (step.onlyWhenLowValue() && !low) || (step.lowValueExempt() && low)) {
                continue;
            }
            steps.line(new StepEvaluator.LineStep(step, i, line, digits, measures, values, taxes, context));
        }
    }

    private Evaluated run(TaxRequest request, ChainDefinition chain) {
        ChainRun run = new ChainRun();
        LocalDate date = request.date();
        CurrencyCode local = chain.currency();
        CurrencyCode invoiceCurrency = currency(request.currency(), "currency");
        run.dataVersions.put("chain", MessageText.of("taxes.dataVersion.chain", MessageText.Arg.literal(chain.jurisdiction()),
                MessageText.Arg.literal(chain.version()), MessageText.Arg.date(chain.period().from())));
        run.sources.add(new TaxResult.DataSource(TaxResult.DataSource.CHAIN, chain.jurisdiction(), chain.version(),
                chain.period().from(), chain.period().to(), null, null, null, false));

        ExchangeRate invoiceRate = Valuation.invoiceRate(request, chain, invoiceCurrency, rates, run.dataVersions);
        if (invoiceRate != null) {
            boolean given = request.exchangeRate() != null || request.foreignPerLocalRate() != null;
            run.sources.add(new TaxResult.DataSource(TaxResult.DataSource.EXCHANGE_RATE, invoiceCurrency.value(), null,
                    invoiceRate.period().from(), invoiceRate.period().to(), given ? null : invoiceRate.source(), invoiceRate.rate(),
                    invoiceRate.quotation().name(), given, null, given ? null : invoiceRate.sourceText()));
        }
        Map<CurrencyCode, BigDecimal> fx = new HashMap<>();
        request.exchangeRates().forEach((code, rate) -> {
            fx.put(currency(code, "exchangeRates." + code), rate);
            run.dataVersions.put("exchangeRate." + code, MessageText.of("taxes.dataVersion.rate.request", MessageText.Arg.message(
                    MessageText.of("taxes.dataVersion.quote", MessageText.Arg.number(ExchangeRate.shown(rate)), MessageText.Arg.literal(local.value()),
                            MessageText.Arg.literal(code)))));
            run.sources.add(new TaxResult.DataSource(TaxResult.DataSource.EXCHANGE_RATE, code, null, request.date(), request.date(),
                    null, rate, ExchangeRate.Quotation.LOCAL_PER_FOREIGN.name(), true));
        });
        if (invoiceRate != null) {
            fx.putIfAbsent(invoiceCurrency, invoiceRate.localPerForeign());
        }
        run.notes.addAll(Valuation.notes(request, chain));

        List<TaxRequestLine> lines = request.lines();
        int n = lines.size();
        Valuation.ValuedShipment valued = Valuation.value(request, chain, invoiceRate);
        run.customsValue = valued.customsValue();
        run.transportAndInsurance = valued.transportAndInsurance();

        String[] digits = new String[n];
        for (int i = 0; i < n; i++) {
            digits[i] = tariffDigits(lines.get(i), i);
            knownCodes(lines.get(i), i);
        }
        LowValueExemption.Outcome lowValue = LowValueExemption.apply(chain, request, run.customsValue, digits);
        if (lowValue.step() != null) {
            run.steps.add(lowValue.step());
        }

        StepEvaluator steps = new StepEvaluator(chain, date, expressions, tariff, run);
        List<Map<String, BigDecimal>> lineValues = new ArrayList<>(n);
        List<Map<String, BigDecimal>> lineTaxes = new ArrayList<>(n);
        List<LineMeasures> lineMeasures = new ArrayList<>(n);
        List<DutyContext> contexts = new ArrayList<>(n);
        BigDecimal[] litresOfAlcohol = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            TaxRequestLine line = lines.get(i);
            Valuation.ValuedLine v = valued.lines().get(i);
            Map<String, BigDecimal> values = valuationValues(chain, v);
            Map<String, BigDecimal> taxes = new LinkedHashMap<>();
            LineMeasures measures = LineMeasures.of(tariff, chain, date, line, i, digits[i], expressions, concessions);
            if (measures.catalogueReference != null) {
                run.dataVersions.put("tariff.line" + (i + 1), measures.catalogueReferenceText != null ? measures.catalogueReferenceText
                        : MessageText.of("taxes.text.asGiven", MessageText.Arg.literal(measures.catalogueReference)));
                run.sources.add(new TaxResult.DataSource(TaxResult.DataSource.TARIFF_LINE, String.valueOf(i + 1),
                        // the line's own start, not the calculation date (t1fixM minor 6); null when the data gives none
                        measures.catalogueReference, measures.catalogueEffectiveFrom, null, null, null, null, false, measures.catalogueReferenceText));
            }
            if (measures.codeNote != null) {
                run.notes.add(measures.codeNote);
            }
            run.notes.addAll(measures.gapNotes);
            strengthNote(line, i, measures).ifPresent(run.notes::add);
            // a preference whose country list holds no country yet or is to confirm is neither offered nor refused as fact: the
            // result names it "not assessed", and the letter prints that among its conditions (acceptance review t1fixG 1)
            for (TariffMeasureSource.RefusedOption r : measures.refused) {
                if (r.notAssessed()) {
                    run.notes.add(MessageText.of(TaxResult.OPTION_NOT_ASSESSED, MessageText.Arg.number(i + 1), MessageText.Arg.message(r.label()),
                            MessageText.Arg.message(r.reason())));
                }
            }
            run.candidates.add(measures.candidates);
            lineMeasures.add(measures);
            DutyContext context = context(line, i, chain, digits[i], local, fx);
            contexts.add(context);
            if (context.quantity(UnitOfMeasure.Dimension.ALCOHOL) != null) {
                // the litres of alcohol the line's rates are charged on: above the strength its rate text names
                // (beer: "exceeds 1.15"), so the worksheet's LAL cell is the quantity the duty was counted on
                BigDecimal above = alcoholThreshold(measures, expressions);
                litresOfAlcohol[i] = above == null ? context.litresOfAlcohol() : context.litresOfAlcohol(above).counted();
            }
            if (line.draughtClaimed()) {
                // a claim of draught relief too: a draught rate of the line's category must be held
                DraughtReliefStep.apply(chain, line, i, digits[i], date);
            }
            if (line.annualProductionHl() != null) {
                // a claim of Small Producer Relief is refused up front where it cannot apply, never silently ignored
                SmallProducerReliefStep.table(chain, line, i, digits[i], date);
            }
            lineSteps(chain, steps, i, line, digits[i], measures, values, taxes, context, lowValue.low(i));
            lineValues.add(values);
            lineTaxes.add(taxes);
        }

        Map<String, BigDecimal> shipmentTaxes = new LinkedHashMap<>();
        Map<StepDefinition, BigDecimal> shipmentLinesBase = new java.util.IdentityHashMap<>();
        for (StepDefinition step : chain.steps()) {
            if (step.level() != Level.SHIPMENT) {
                continue;
            }
            BigDecimal linesBase = BigDecimal.ZERO;
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (StepEvaluator.appliesTo(step, lowValue.low(i))) {
                    any = true;
                    linesBase = linesBase.add(StepEvaluator.sum(step.base(), lineValues.get(i)));
                }
            }
            if (any) {
                shipmentLinesBase.put(step, linesBase);
                steps.shipment(step, linesBase, shipmentTaxes, fx);
            }
        }

        for (int i = 0; i < n; i++) {
            run.lines.add(lineResult(chain, lines.get(i), i, digits[i], lineMeasures.get(i).scheme, valued.lines().get(i),
                    lineTaxes.get(i), lowValue.low(i), litresOfAlcohol[i]));
        }
        run.total(chain);
        run.check(chain);
        Evaluated evaluated = new Evaluated(run, valued, digits, lowValue, fx, lineValues, lineTaxes, contexts, chain);
        evaluated.shipmentLinesBase.putAll(shipmentLinesBase);
        evaluated.shipmentCollected = collected(chain, shipmentTaxes);
        return evaluated;
    }

    /**
     * A warning where the line's strength lies outside the range its tariff item's text states (AU 2204.21.10, "not exceeding
     * 1.15% vol", given 13.5 %vol: acceptance review r-t1 F12), naming the line, the item and the range in the reader's
     * language: the item is then likely the wrong one and so its rates.
     */
    private static Optional<MessageText> strengthNote(TaxRequestLine line, int i, LineMeasures measures) {
        if (measures.strengthRange == null || line.alcoholByVolume() == null) {
            return Optional.empty();
        }
        // the range came with the line's measures, from the catalogue's one lookup of its item
        return Optional.of(measures.strengthRange).filter(r -> !r.contains(line.alcoholByVolume()))
                .map(r -> MessageText.of("taxes.note.strengthOutsideLine", MessageText.Arg.literal(i + 1),
                        MessageText.Arg.number(line.alcoholByVolume().stripTrailingZeros()), MessageText.Arg.literal(r.code()),
                        MessageText.Arg.message(r.text())));
    }

    /** The one strength (%vol) above which the line's rates per litre of alcohol count it, or null when none names one. */
    private static BigDecimal alcoholThreshold(LineMeasures measures, DutyExpressions expressions) {
        java.util.Set<BigDecimal> thresholds = new java.util.HashSet<>();
        for (String text : measures.texts.values()) {
            if (!LineMeasures.switchedOff(text)) {
                collectThresholds(expressions.parse(text, "measures"), thresholds);
            }
        }
        return thresholds.size() == 1 ? thresholds.iterator().next() : null;
    }

    private static void collectThresholds(org.tradedesk.shared.duty.DutyExpression e, java.util.Set<BigDecimal> into) {
        if (e instanceof org.tradedesk.shared.duty.DutyExpression.Specific s && s.alcoholAbovePercent() != null) {
            into.add(s.alcoholAbovePercent().stripTrailingZeros());
        } else if (e instanceof org.tradedesk.shared.duty.DutyExpression.Sum sum) {
            sum.terms().forEach(t -> collectThresholds(t, into));
        } else if (e instanceof org.tradedesk.shared.duty.DutyExpression.Difference d) {
            collectThresholds(d.minuend(), into);
            collectThresholds(d.subtrahend(), into);
        } else if (e instanceof org.tradedesk.shared.duty.DutyExpression.Bounded b) {
            collectThresholds(b.value(), into);
            collectThresholds(b.limit(), into);
        } else if (e instanceof org.tradedesk.shared.duty.DutyExpression.Extreme x) {
            x.alternatives().forEach(t -> collectThresholds(t, into));
        }
    }

    private static LineResult lineResult(ChainDefinition chain, TaxRequestLine line, int i, String digits, String scheme,
            Valuation.ValuedLine v, Map<String, BigDecimal> taxes, boolean low, BigDecimal lal) {
        BigDecimal lineTotal = BigDecimal.ZERO;
        for (StepDefinition step : chain.steps()) {
            BigDecimal a = taxes.get(step.code());
            if (a != null && step.collected()) {
                lineTotal = lineTotal.add(a);
            }
        }
        return new LineResult(i + 1, line.description(), digits, line.origin(), scheme, v.customsValue(), v.transportAndInsurance(),
                lal, low, Collections.unmodifiableMap(taxes), lineTotal, v.freight(), v.insurance(), v.otherCosts());
    }

    // ---------------------------------------------------------------- the line's quantities

    private static DutyContext context(TaxRequestLine line, int i, ChainDefinition chain, String digits, CurrencyCode local,
            Map<CurrencyCode, BigDecimal> fx) {
        Map<UnitOfMeasure.Dimension, BigDecimal> quantities = new EnumMap<>(UnitOfMeasure.Dimension.class);
        if (line.quantity() != null) {
            UnitOfMeasure unit;
            try {
                unit = line.unit() == null ? UnitOfMeasure.PIECE : UnitOfMeasure.parse(line.unit());
            } catch (InvalidValueException e) {
                throw TaxInputInvalid.field("lines[" + i + "].unit", e);
            }
            quantities.put(unit.dimension(), line.quantity().multiply(unit.toBase()));
        }
        // the explicit mass and volume win over a quantity given in kg or litres
        if (line.netMassKg() != null) {
            quantities.put(UnitOfMeasure.Dimension.MASS, line.netMassKg());
        }
        if (line.litres() != null) {
            quantities.put(UnitOfMeasure.Dimension.VOLUME, line.litres());
        }
        return new DutyContext(local, BigDecimal.ZERO, quantities, line.alcoholByVolume(),
                chain.alcohol().lalRounding(), chain.alcohol().sourceForWorking(), fx, contents(line));
    }

    /** The goods' contents a rate may be per % of, by the names the duty expressions use. */
    private static Map<String, BigDecimal> contents(TaxRequestLine line) {
        Map<String, BigDecimal> contents = new HashMap<>();
        if (line.sucrosePercent() != null) {
            contents.put("sucrose", line.sucrosePercent());
        }
        if (line.totalSolubleSolidsPercent() != null) {
            contents.put("TSS", line.totalSolubleSolidsPercent());
        }
        if (line.retailPrice() != null) {
            // "% retail price" rates are of it (UK tobacco products duty), never of the customs value
            contents.put(org.tradedesk.shared.duty.DutyContext.RETAIL_PRICE, line.retailPrice());
        }
        return contents;
    }

    /**
     * A line's origin and unit are codes the product knows, refused at their field (review r-t1 F5: {@code "origin":"ZZ"}
     * answered shared.country.invalid with no field, the form marked nothing, the batch named no row); the unit also when
     * no quantity is given, so a file's bad unit is found with the row's other bad cells.
     */
    private static void knownCodes(TaxRequestLine line, int i) {
        if (line.origin() != null && !line.origin().isBlank()) {
            try {
                CountryCode.of(line.origin());
            } catch (InvalidValueException e) {
                throw TaxInputInvalid.field("lines[" + i + "].origin", e);
            }
        }
        if (line.unit() != null && !line.unit().isBlank()) {
            try {
                UnitOfMeasure.parse(line.unit());
            } catch (InvalidValueException e) {
                throw TaxInputInvalid.field("lines[" + i + "].unit", e);
            }
        }
    }

    private static String tariffDigits(TaxRequestLine line, int i) {
        String code = line.tariffCode();
        if (code == null || code.isBlank()) {
            return null;
        }
        if (code.length() >= 2 && code.length() <= 11 && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return code; // already plain digits: skip the general parser on the hot path
        }
        try {
            return HsCode.of(line.tariffCode()).digits();
        } catch (InvalidValueException e) {
            throw TaxInputInvalid.field("lines[" + i + "].tariffCode", e);
        }
    }

    private static CurrencyCode currency(String code, String field) {
        try {
            return CurrencyCode.of(code);
        } catch (InvalidValueException e) {
            throw TaxInputInvalid.field(field, e);
        }
    }
}
