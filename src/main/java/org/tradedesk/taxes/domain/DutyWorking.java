package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyContext;
import org.tradedesk.shared.duty.DutyExpression;

/**
 * How a duty expression reached its amount, as a message with typed arguments ({@code 5% × AUD
 * 138,465.00 = AUD 6,923.25}; {@code higher of (…; …) = …}) instead of the English working of
 * {@link org.tradedesk.shared.duty.DutyEvaluation#explanation()}. The amounts of the parts are the
 * expression's own evaluations; this class only names them. An expression form it does not know (a
 * later addition to the grammar) is shown as its canonical text and its amount, which is never wrong,
 * only less detailed.
 */
final class DutyWorking {

    private DutyWorking() {
    }

    /**
     * A specific rate as the working prints it, its unit named in the reader's language (20 TWD/個); a rate per % of a
     * content or above a strength keeps its canonical text.
     */
    private static Arg specificRate(DutyExpression.Specific s) {
        if (s.perPercentOf() != null) {
            return Arg.message(org.tradedesk.shared.duty.DutyExpressionText.of(s));
        }
        String per = s.per().compareTo(BigDecimal.ONE) == 0 ? "" : s.per().toPlainString() + " ";
        MessageText rate = MessageText.of("taxes.working.specificRate", Arg.literal(s.amount().toPlainString() + " " + s.currency()),
                Arg.literal(per), Arg.code(RateUnits.key(s.unit())));
        if (s.alcoholAbovePercent() != null) {
            // the unit and the strength the rate counts above in the reader's language, as the rate column prints them
            // (acceptance review r-t1 F6: "107.99 AUD/LAL" in the working beside "107.99 AUD/公升純酒精" in the column)
            rate = MessageText.of("taxes.working.specificRate.above", Arg.message(rate),
                    Arg.literal(s.alcoholAbovePercent().stripTrailingZeros().toPlainString()));
        }
        return Arg.message(rate);
    }

    /**
     * The quantity a specific rate is charged on, in its unit (1,000 L × 40 % = 400 LAL; 1,000 個), one per dimension the
     * expression charges on; null when the expression has no specific part (review r-t1b 3: the base of a specific duty is its
     * quantity, not the customs value).
     */
    static MessageText quantityBase(DutyExpression expression, DutyContext context) {
        java.util.Map<UnitOfMeasure.Dimension, MessageText> quantities = new java.util.EnumMap<>(UnitOfMeasure.Dimension.class);
        specificParts(expression, context, quantities);
        MessageText all = null;
        for (MessageText q : quantities.values()) {
            all = all == null ? q : MessageText.of("taxes.base.quantities", Arg.message(all), Arg.message(q));
        }
        return all;
    }

    private static void specificParts(DutyExpression e, DutyContext context, java.util.Map<UnitOfMeasure.Dimension, MessageText> out) {
        if (e instanceof DutyExpression.Specific s) {
            if (s.unit() == null || out.containsKey(s.unit().dimension())) {
                return;
            }
            out.put(s.unit().dimension(), s.unit().dimension() == UnitOfMeasure.Dimension.ALCOHOL
                    ? alcohol(context.litresOfAlcohol(s.alcoholAbovePercent()))
                    : MessageText.of("taxes.working.quantity", Texts.number(context.quantity(s.unit().dimension())),
                            Arg.code(RateUnits.key(s.unit().dimension().baseUnit()))));
        } else if (e instanceof DutyExpression.Sum sum) {
            sum.terms().forEach(t -> specificParts(t, context, out));
        } else if (e instanceof DutyExpression.Difference d) {
            specificParts(d.minuend(), context, out);
            specificParts(d.subtrahend(), context, out);
        } else if (e instanceof DutyExpression.Bounded b) {
            specificParts(b.value(), context, out);
            specificParts(b.limit(), context, out);
        } else if (e instanceof DutyExpression.Extreme x) {
            x.alternatives().forEach(t -> specificParts(t, context, out));
        }
    }

    /** The working of {@code expression} in {@code context}; {@code amount} is what it evaluated to. */
    static MessageText of(DutyExpression expression, DutyContext context, BigDecimal amount) {
        CurrencyCode currency = context.currency();
        if (expression instanceof DutyExpression.AdValorem a) {
            // a "% retail price" component is of the retail price (UK tobacco products duty), and its working says so
            if (a.ofRetailPrice() && context.retailPrice() != null) {
                return MessageText.of("taxes.working.adValorem.retail", Arg.percent(a.percent()),
                        Texts.money(context.retailPrice(), currency), Texts.money(amount, currency));
            }
            return MessageText.of("taxes.working.adValorem", Arg.percent(a.percent()), Texts.base(context.base(), currency),
                    Texts.money(amount, currency));
        }
        if (expression instanceof DutyExpression.Specific s && twAlcoholPerDegree(s, currency)) {
            DutyContext.LitresOfAlcohol lal = context.litresOfAlcohol(null);
            if (lal != null && lal.litres() != null && lal.exact().compareTo(lal.counted()) == 0) {
                // Taiwan's alcohol tax in the law's form, as the rate column says it (菸酒稅法 第8條: 每公升按酒精成分每度徵收新臺幣
                // 七元): 750 公升 × 13.5 度 × NT$7, not 700 TWD/公升純酒精 × 750 公升 × 13.5 %vol (t1fixM minor 5)
                return MessageText.of("taxes.working.twAlcoholPerDegree", Texts.number(lal.litres()), Texts.number(lal.abvPercent()),
                        Texts.number(s.amount().movePointLeft(2).stripTrailingZeros()), Texts.money(amount, currency));
            }
        }
        if (expression instanceof DutyExpression.Specific s) {
            List<Arg> factors = new ArrayList<>();
            factors.add(specificRate(s));
            if (s.unit().dimension() == UnitOfMeasure.Dimension.ALCOHOL) {
                factors.add(Arg.message(alcohol(context.litresOfAlcohol(s.alcoholAbovePercent()))));
            } else {
                BigDecimal quantity = context.quantity(s.unit().dimension());
                // the unit named in the reader's language (1,000 個, not 1,000 No: issue 6)
                factors.add(Arg.message(MessageText.of("taxes.working.quantity", Texts.number(quantity),
                        Arg.code(RateUnits.key(s.unit().dimension().baseUnit())))));
            }
            if (s.perPercentOf() != null) {
                factors.add(Arg.message(MessageText.of("taxes.working.percentOf",
                        Texts.number(context.property(s.perPercentOf())), Arg.code("taxes.property." + s.perPercentOf()))));
            }
            addConversion(factors, s.currency(), context);
            return product(factors, Texts.money(amount, currency));
        }
        if (expression instanceof DutyExpression.Fixed f) {
            List<Arg> factors = new ArrayList<>();
            factors.add(Arg.message(MessageText.of("taxes.working.fixed", Arg.literal(f))));
            addConversion(factors, f.currency(), context);
            return product(factors, Texts.money(amount, currency));
        }
        if (expression instanceof DutyExpression.Sum sum) {
            return MessageText.of("taxes.working.sum", Arg.message(parts(sum.terms(), context)), Texts.money(amount, currency));
        }
        if (expression instanceof DutyExpression.Bounded b) {
            BigDecimal value = amount(b.value(), context);
            BigDecimal limit = amount(b.limit(), context);
            boolean applies = b.bound() == DutyExpression.Bound.MIN ? limit.compareTo(value) > 0 : limit.compareTo(value) < 0;
            String code = "taxes.working." + (b.bound() == DutyExpression.Bound.MIN ? "minimum" : "maximum")
                    + (applies ? ".applies" : ".notApplied");
            return MessageText.of(code, Arg.message(of(b.value(), context, value)), Arg.message(of(b.limit(), context, limit)),
                    Texts.money(amount, currency));
        }
        if (expression instanceof DutyExpression.Extreme e) {
            String code = e.which() == DutyExpression.Bound.MAX ? "taxes.working.higherOf" : "taxes.working.lowerOf";
            return MessageText.of(code, Arg.message(parts(e.alternatives(), context)), Texts.money(amount, currency));
        }
        // a difference (a relief off a rate) and the rest: its units named as the rate column names them (review t1fixJ 2)
        return MessageText.of("taxes.working.expression", Arg.message(org.tradedesk.shared.duty.DutyExpressionText.of(expression)),
                Texts.money(amount, currency));
    }

    /** A rate of NT$ a litre of pure alcohol worked in TWD, as 菸酒稅法 第8條 words per litre and degree (RateTexts prints it so). */
    private static boolean twAlcoholPerDegree(DutyExpression.Specific s, CurrencyCode currency) {
        return s.twAlcoholPerDegree() && "TWD".equals(currency.value());
    }

    /**
     * The litres of alcohol the rate is charged on, with how they were counted: {@code 1,000 L × (5 − 1.15) %vol
     * = 38.5 LAL}, and the rounding with its source where a rule beyond the rate text changed the figure
     * (Australia: truncated to one decimal, as the ATO publishes).
     */
    private static MessageText alcohol(DutyContext.LitresOfAlcohol lal) {
        if (lal == null) {
            return MessageText.of("taxes.working.quantity", Arg.literal("?"), Arg.code(RateUnits.key(UnitOfMeasure.LAL)));
        }
        if (lal.litres() == null) {
            return MessageText.of("taxes.working.quantity", Texts.number(lal.counted()), Arg.code(RateUnits.key(UnitOfMeasure.LAL)));
        }
        MessageText strength = lal.abovePercent() == null
                ? MessageText.of("taxes.working.alcohol.strength", Texts.number(lal.abvPercent()))
                : MessageText.of("taxes.working.alcohol.strengthAbove", Texts.number(lal.abvPercent()), Texts.number(lal.abovePercent()));
        MessageText counted = MessageText.of("taxes.working.alcohol.litres", Texts.number(lal.litres()), Arg.message(strength),
                Texts.number(lal.exact().stripTrailingZeros()));
        if (lal.exact().compareTo(lal.counted()) == 0) {
            return counted;
        }
        return MessageText.of("taxes.working.alcohol.rounded", Arg.message(counted), Arg.message(org.tradedesk.taxes.TaxResult.TaxStep.roundingText(lal.rounding().code())),
                Texts.number(lal.counted()), source(lal.roundingSource()));
    }

    /** The rounding rule's source: a message of the bundle where the chain names one (both languages), else as written. */
    private static Arg source(String source) {
        if (source == null) {
            return Arg.literal("");
        }
        return source.startsWith(ChainDefinition.AlcoholRule.MESSAGE)
                ? Arg.code(source.substring(ChainDefinition.AlcoholRule.MESSAGE.length())) : Arg.literal(source);
    }

    private static MessageText parts(List<DutyExpression> terms, DutyContext context) {
        MessageText list = null;
        for (DutyExpression term : terms) {
            MessageText part = of(term, context, amount(term, context));
            list = list == null ? part : MessageText.of("taxes.working.and", Arg.message(list), Arg.message(part));
        }
        return list;
    }

    /**
     * A part's amount. An ad valorem part of the customs value is the base times its rate, as {@link DutyExpression.AdValorem}
     * computes it, without building the evaluation's English working again; any other part is evaluated.
     */
    private static BigDecimal amount(DutyExpression part, DutyContext context) {
        if (part instanceof DutyExpression.AdValorem a && !a.ofRetailPrice()) {
            return context.base().multiply(a.percent()).movePointLeft(2);
        }
        return part.evaluate(context).amount();
    }

    private static void addConversion(List<Arg> factors, CurrencyCode rateCurrency, DutyContext context) {
        if (!rateCurrency.equals(context.currency())) {
            factors.add(Arg.message(MessageText.of("taxes.working.exchangeRate", Texts.number(context.exchangeRate(rateCurrency)),
                    Arg.literal(context.currency().value()), Arg.literal(rateCurrency.value()))));
        }
    }

    private static MessageText product(List<Arg> factors, Arg result) {
        MessageText product = MessageText.of("taxes.working.factor", factors.get(0));
        for (int i = 1; i < factors.size(); i++) {
            product = MessageText.of("taxes.working.times", Arg.message(product), factors.get(i));
        }
        return MessageText.of("taxes.working.equals", Arg.message(product), result);
    }
}
