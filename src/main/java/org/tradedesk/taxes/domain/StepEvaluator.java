package org.tradedesk.taxes.domain;

import static org.tradedesk.shared.duty.DutyEvaluation.shown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.shared.duty.DutyContext;
import org.tradedesk.shared.duty.DutyContextIncomplete;
import org.tradedesk.shared.duty.DutyEvaluation;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult.TaxStep;
import org.tradedesk.taxes.domain.ChainDefinition.Dated;
import org.tradedesk.taxes.domain.ChainDefinition.StepDefinition;

/**
 * Applies one step of the chain: finds its rate (the line's measure, else the chain's rate for the
 * kind of goods, else the chain's own dated rate), applies a threshold, evaluates the expression on the
 * base the chain names, rounds where the chain says the law rounds, drops an amount the law does not
 * collect (Taiwan's 推廣貿易服務費 of NT$100 or less, as the chain file states with its source), and records the step with
 * its working as data. The amount a later base adds up is the rounded one, as assessments do.
 */
final class StepEvaluator {

    /**
     * A line step's inputs. {@code values} are the figures later bases may add (valuation values and the
     * collected steps so far), {@code taxes} the line's tax amounts; both are filled in as steps run.
     */
    record LineStep(StepDefinition step, int index, TaxRequestLine line, String digits, LineMeasures measures,
            Map<String, BigDecimal> values, Map<String, BigDecimal> taxes, DutyContext context) {
    }

    private final ChainDefinition chain;
    private final LocalDate date;
    private final DutyExpressions expressions;
    private final TariffMeasureSource tariff;
    private final ChainRun run;

    StepEvaluator(ChainDefinition chain, LocalDate date, DutyExpressions expressions, TariffMeasureSource tariff, ChainRun run) {
        this.chain = chain;
        this.date = date;
        this.expressions = expressions;
        this.tariff = tariff;
        this.run = run;
    }

    void line(LineStep in) {
        StepDefinition step = in.step();
        int i = in.index();
        String text = null;
        MessageText source = null;
        String field = "lines[" + i + "].measures." + (step.measureKey() == null ? step.code() : step.measureKey());
        if (step.measureKey() != null && in.measures().texts.containsKey(step.measureKey())) {
            text = in.measures().texts.get(step.measureKey());
            source = in.measures().sources.get(step.measureKey());
            if (LineMeasures.switchedOff(text)) {
                // what the user declared is said wherever the result is read (page, letter, worksheet, API), so a tax left
                // out on the user's word is not taken for one forgotten (acceptance review t1fixF 1: "lct":"none")
                run.notes.add(MessageText.of(org.tradedesk.taxes.TaxResult.STATED_NOT_APPLICABLE, Arg.literal(i + 1),
                        Texts.text(step.label())));
                return;
            }
        } else if (step.kindOf(in.digits()).isPresent()) {
            ChainDefinition.Kind kind = step.kindOf(in.digits()).get();
            Optional<Dated<String>> rate = Dated.on(kind.rates(), date);
            if (rate.isEmpty()) {
                if (kind.note() != null) {
                    run.notes.add(MessageText.of("taxes.note.kindNotComputed", Arg.literal(i + 1), Texts.text(kind.label()),
                            Texts.text(step.label()), Texts.text(kind.note())));
                }
                return;
            }
            text = rate.get().value();
            source = kind.legalReference() == null
                    ? MessageText.of("taxes.source.kind", Arg.literal(chain.version()), Texts.text(kind.label()),
                            Arg.date(rate.get().period().from()), Arg.literal(in.digits()))
                    : MessageText.of("taxes.source.kindLegal", Arg.literal(chain.version()), Texts.text(kind.label()),
                            Arg.date(rate.get().period().from()), Arg.literal(in.digits()), Texts.text(kind.legalReferenceText()));
        } else if (!step.recognises(in.digits())) {
            return;
        } else if (!step.rates().isEmpty()) {
            Dated<String> rate = run.rateOn(step, date);
            if (rate == null) {
                if (step.required()) {
                    throw TaxInputInvalid.field(field, MessageText.of("taxes.reason.chain.no-rate", Arg.literal(chain.jurisdiction()), Texts.text(step.label()), Arg.date(date)));
                }
                return;
            }
            text = rate.value();
            source = step.hsPrefixes().isEmpty() ? run.rateSource(step, rate, chain)
                    : MessageText.of("taxes.source.chainRecognised", Arg.literal(chain.version()), Arg.date(rate.period().from()),
                            Arg.literal(in.digits()));
        }
        DraughtReliefStep.Applied draught = null;
        if (in.line().draughtClaimed() && chain.draughtRelief() != null && chain.draughtRelief().measureKey().equals(step.measureKey())) {
            // draught relief: HMRC's draught rate of the line's category replaces the standard rate (F(No. 2)A 2023 s 50)
            draught = DraughtReliefStep.apply(chain, in.line(), i, in.digits(), date);
            source = draught.source(chain.version());
            run.dataVersions.put("draught.line" + (i + 1), draught.dataVersion(chain.version()));
        } else if (text == null) {
            if (step.required()) {
                throw missingRate(in, field);
            }
            return;
        }
        DutyExpression expression = draught != null ? draught.expression() : expressions.parse(text, field);
        SmallProducerReliefStep.Applied relief = null;
        if (in.line().annualProductionHl() != null && chain.smallProducerRelief() != null
                && chain.smallProducerRelief().measureKey().equals(step.measureKey())) {
            // Small Producer Relief: the full rate less HMRC's discount for the producer's annual production
            relief = SmallProducerReliefStep.apply(chain, in.line(), i, in.digits(), date, expression, field);
            expression = relief.expression();
            source = relief.source(source, chain.version());
            run.dataVersions.put("spr.line" + (i + 1), relief.dataVersion(chain.version()));
        }
        BigDecimal base = sum(step.base(), in.values());
        ThresholdRule.Outcome threshold = ThresholdRule.apply(step, Boolean.TRUE.equals(in.line().fuelEfficient()), base, date,
                chain.currency());
        switch (threshold.effect()) {
            case NOT_IN_FORCE -> {
                // no threshold held for the date (AU LCT before 2019-07-01 or after the last financial year written): the tax is
                // not computed and the result is incomplete, so it cannot be approved, as Taiwan's 貨物稅 of a car without its
                // engine size (acceptance review t1fixD 2: the LCT was silently dropped). The LCT is charged on the excess over the
                // threshold of the financial year (A New Tax System (Luxury Car Tax) Act 1999 s 5-15, s 25-1): without it no
                // amount, not even nil, can be stated
                run.notes.add(MessageText.of(org.tradedesk.taxes.TaxResult.THRESHOLD_NOT_COMPUTED, Arg.literal(i + 1),
                        Texts.text(step.label()), Arg.date(date), Arg.date(step.thresholds().get(0).period().from()),
                        step.thresholds().get(step.thresholds().size() - 1).period().to() == null ? Arg.literal("…")
                                : Arg.date(step.thresholds().get(step.thresholds().size() - 1).period().to())));
                return;
            }
            default -> {
            }
        }
        if (threshold.used() != null) {
            // the threshold as a dated reference value of the result (API sources, letter and worksheet data tables): t1fixH 4
            ThresholdRule.Used used = threshold.used();
            run.sources.add(new org.tradedesk.taxes.TaxResult.DataSource(org.tradedesk.taxes.TaxResult.DataSource.THRESHOLD,
                    String.valueOf(i + 1), used.fuelEfficient() ? org.tradedesk.taxes.TaxResult.DataSource.FUEL_EFFICIENT
                            : org.tradedesk.taxes.TaxResult.DataSource.OTHER_CARS, used.from(), used.to(), null, used.amount(), null, false,
                    MessageText.of("taxes.threshold.source", Texts.text(step.label()), Arg.message(used.text())),
                    MessageText.of("taxes.threshold.publisher." + chain.jurisdiction())));
        }
        switch (threshold.effect()) {
            case NOT_PAYABLE -> {
                run.steps.add(new TaxStep(i + 1, step.code(), step.label(), step.baseFormula(), shown(base), expression.toString(),
                        source, BigDecimal.ZERO, BigDecimal.ZERO, step.rounding().code(), step.collected(), step.legalReference(in.digits()),
                        threshold.working(), run.baseTerms(step, chain), null, step.roundingToConfirm()));
                in.taxes().put(step.code(), BigDecimal.ZERO);
                in.values().put(step.code(), BigDecimal.ZERO);
                return;
            }
            default -> {
            }
        }
        DutyContext context = in.context().withBase(threshold.taxable());
        DutyEvaluation evaluation;
        try {
            evaluation = expression.evaluate(context);
        } catch (DutyContextIncomplete e) {
            throw TaxInputInvalid.field("lines[" + i + "]", MessageText.of("taxes.reason.step", Texts.text(step.label()), Arg.message(e.asText())));
        }
        MessageText working = DutyWorking.of(expression, context, evaluation.amount());
        if (relief != null) {
            working = relief.working(working);
        }
        if (threshold.working() != null) {
            working = MessageText.of("taxes.working.then", Arg.message(threshold.working()), Arg.message(working));
        }
        BigDecimal used = baseUsed(expression, context, base);
        // the base named as what it is: the retail price where the rate is taken of it (UK tobacco: review r-t1b 1)
        MessageText terms = used == context.retailPrice() && used != base ? MessageText.of("taxes.value.RETAIL_PRICE")
                : run.baseTerms(step, chain);
        MessageText quantity = null;
        try {
            quantity = DutyWorking.quantityBase(expression, context);
        } catch (RuntimeException e) {
            quantity = null; // a quantity the expression did not need to evaluate (an alternative not taken): no quantity base
        }
        if (quantity != null) {
            List<DutyExpression.AdValorem> parts = new java.util.ArrayList<>();
            BaseKinds.adValoremParts(expression, parts);
            // a rate with a value part too names both bases: customs value = 10,000.00; 38.5 LAL (…)
            quantity = parts.isEmpty() ? quantity : MessageText.of("taxes.base.valueAndQuantity", Arg.message(terms),
                    Texts.money(used, chain.currency()), Arg.message(quantity));
        }
        record(step, i + 1, used, expression, source, evaluation.amount(), working, in.values(), in.taxes(),
                step.legalReference(in.digits()), terms, quantity);
    }

    /**
     * The base the rate was worked on, as the taxes table shows it: the retail price where every value part of the rate is a
     * % of the retail price (UK tobacco: 16.5 % of the retail price 1,000, not of the customs value 300: acceptance review
     * r-t1 F10), else the step's base.
     */
    static BigDecimal baseUsed(DutyExpression expression, DutyContext context, BigDecimal base) {
        return BaseKinds.onRetailPrice(expression) && context.retailPrice() != null ? context.retailPrice() : base;
    }

    /** A required step without a rate: the line's tariff code is wrong, or the measure must be given. */
    private TaxInputInvalid missingRate(LineStep in, String field) {
        if (tariff != null && in.digits() != null) {
            // a subheading or an unknown code is the line's mistake, not a missing measure
            Optional<MessageText> why = tariff.whyNoMeasures(chain.jurisdiction(), HsCode.of(in.digits()), date);
            if (why.isPresent()) {
                return TaxInputInvalid.field("lines[" + in.index() + "].tariffCode", TariffCodeCheck.fieldError(in.line().tariffCode(), why.get()));
            }
        }
        return TaxInputInvalid.field(field, MessageText.of(tariff == null ? "taxes.reason.rate.missing.no-catalogue" : "taxes.reason.rate.missing",
                Texts.text(in.step().label())));
    }

    /**
     * A step computed once for the declaration (Taiwan's 推廣貿易服務費 on the whole shipment), on the sum
     * of its base over the lines it applies to plus earlier shipment steps.
     */
    void shipment(StepDefinition step, List<Map<String, BigDecimal>> lineValues, LowValueExemption.Outcome lowValue,
            Map<String, BigDecimal> shipment, Map<CurrencyCode, BigDecimal> fx) {
        BigDecimal base = BigDecimal.ZERO;
        boolean any = false;
        for (int i = 0; i < lineValues.size(); i++) {
            if (!appliesTo(step, lowValue.low(i))) {
                continue;
            }
            any = true;
            base = base.add(sum(step.base(), lineValues.get(i)));
        }
        if (any) {
            shipment(step, base, shipment, fx);
        }
    }

    /** Whether a shipment step adds up this line's base (a low-value line is left out of an exempt step, and the reverse). */
    static boolean appliesTo(StepDefinition step, boolean lowValueLine) {
        return !((step.lowValueExempt() && lowValueLine) || (step.onlyWhenLowValue() && !lowValueLine));
    }

    /** A shipment step on {@code linesBase}, the sum of its base over the lines it applies to (at least one). */
    void shipment(StepDefinition step, BigDecimal linesBase, Map<String, BigDecimal> shipment, Map<CurrencyCode, BigDecimal> fx) {
        BigDecimal base = linesBase.add(sum(step.base(), shipment));
        Optional<Dated<String>> rate = Dated.on(step.rates(), date);
        if (rate.isEmpty()) {
            if (step.required()) {
                throw TaxInputInvalid.field("date", MessageText.of("taxes.reason.chain.no-rate", Arg.literal(chain.jurisdiction()), Texts.text(step.label()), Arg.date(date)));
            }
            return;
        }
        DutyExpression expression = expressions.parse(rate.get().value(), "chain." + step.code());
        DutyContext context = new DutyContext(chain.currency(), base, Map.of(), null, null, null, fx, Map.of());
        DutyEvaluation evaluation = expression.evaluate(context);
        MessageText source = MessageText.of("taxes.source.chain", Arg.literal(chain.version()), Arg.date(rate.get().period().from()));
        record(step, null, base, expression, source, evaluation.amount(), DutyWorking.of(expression, context, evaluation.amount()),
                shipment, shipment, step.legalReference(), run.baseTerms(step, chain), null);
    }

    private void record(StepDefinition step, Integer line, BigDecimal base, DutyExpression expression, MessageText source,
            BigDecimal exact, MessageText working, Map<String, BigDecimal> values, Map<String, BigDecimal> taxes, String legalReference,
            MessageText baseTerms, MessageText quantityBase) {
        RoundingRule rounding = step.rounding();
        MessageText roundingText = null;
        if (line != null && chain.alcohol().perLalAmountRounding() != null && perLitreOfAlcohol(expression)) {
            // one rule per tax: a duty charged per litre of alcohol follows the published excise rule the chain cites
            // (AU: the ATO's beer example truncates 184.928 to 184.92), whichever step carries it (issue 6)
            rounding = chain.alcohol().perLalAmountRounding();
            roundingText = MessageText.of("taxes.working.rounding.per-lal", Arg.message(
                    org.tradedesk.taxes.TaxResult.TaxStep.roundingText(rounding.code())), Arg.code("taxes.source.per-lal-rounding." + chain.jurisdiction()));
        }
        BigDecimal amount = rounding.apply(exact);
        MessageText explanation = working;
        if (rounding != RoundingRule.NONE && !rounding.code().equals("NONE")) {
            explanation = MessageText.of("taxes.working.rounded", Arg.message(explanation), Texts.rounded(amount, chain.currency(), rounding),
                    Arg.message(roundingText != null ? roundingText : run.rounding(step)));
        }
        if (step.notCollectedAtOrBelow() != null && amount.compareTo(step.notCollectedAtOrBelow()) <= 0) {
            // the amount and the minimum in the law's unit (TWD 79 ≤ TWD 100, not TWD 79.00 ≤ TWD 100.00: r-t1 F6)
            explanation = MessageText.of("taxes.working.notCollected", Arg.message(explanation), Texts.rounded(amount, chain.currency(), rounding),
                    Texts.rounded(step.notCollectedAtOrBelow(), chain.currency(), rounding));
            amount = BigDecimal.ZERO;
        }
        // base and exact amount shown to at most 10 decimals; the amount was rounded on the full value
        run.steps.add(new TaxStep(line, step.code(), step.label(), step.baseFormula(), shown(base), expression.toString(), source,
                shown(exact), amount, rounding.code(), step.collected(), legalReference, explanation,
                baseTerms, quantityBase, step.roundingToConfirm() && roundingText == null));
        taxes.put(step.code(), amount);
        if (step.collected()) {
            values.put(step.code(), amount);
        }
    }

    /**
     * Whether the rate charges per litre of alcohol in any of its terms (57.79 AUD/LAL ABOVE 1.15 %vol; "5%, and $107.99/L of
     * alcohol"): the duty is then one amount rounded by the excise rule, so the general rate and a preference paying only the
     * per-litre part differ by exactly the ad valorem part (2204.10.29: 5 % of AUD 10,000 = 500.00).
     */
    static boolean perLitreOfAlcohol(DutyExpression e) {
        if (e instanceof DutyExpression.Specific sp) {
            return sp.unit() != null && sp.unit().dimension() == org.tradedesk.shared.UnitOfMeasure.Dimension.ALCOHOL;
        }
        if (e instanceof DutyExpression.Sum sum) {
            return sum.terms().stream().anyMatch(StepEvaluator::perLitreOfAlcohol);
        }
        if (e instanceof DutyExpression.Difference d) {
            return perLitreOfAlcohol(d.minuend()) || perLitreOfAlcohol(d.subtrahend());
        }
        if (e instanceof DutyExpression.Bounded b) {
            return perLitreOfAlcohol(b.value()) || perLitreOfAlcohol(b.limit());
        }
        if (e instanceof DutyExpression.Extreme x) {
            return x.alternatives().stream().anyMatch(StepEvaluator::perLitreOfAlcohol);
        }
        return false;
    }

    static BigDecimal sum(List<String> names, Map<String, BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (String name : names) {
            BigDecimal v = values.get(name);
            if (v != null) {
                s = s.add(v);
            }
        }
        return s;
    }
}
