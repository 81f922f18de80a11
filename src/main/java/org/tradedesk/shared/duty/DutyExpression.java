package org.tradedesk.shared.duty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.UnitOfMeasure;

/**
 * A duty or tax rate as tariffs write it (稅率表示式), parsed once and evaluated exactly.
 *
 * <h2>Grammar (EBNF; keywords and units are case-insensitive, spaces optional)</h2>
 * <pre>
 * expression = bounded ;
 * bounded    = sum , { ( "MIN" | "MAX" ) , sum } ;          (* left-associative *)
 * sum        = primary , { ( "+" | "-" ) , primary } ;         (* left-associative; "-" subtracts *)
 * primary    = adValorem | specific | "Free"
 *            | "(" , expression , ")"
 *            | ( "MAX" | "MIN" ) , "(" , expression , { "," , expression } , ")"
 *            | primary , "OR" , primary , "HIGHER" ;       (* input only; printed as MAX(a, b) *)
 * adValorem  = number , "%" , [ "retail" , "price" | "RET" ] ;  (* % of the retail price: UK tobacco *)
 * specific   = number , currency , "/" , ( [ number ] , unit | number ) , [ "/" , "%" , property ]
 *              , [ "ABOVE" , number , "%" , "vol" ] ;             (* ABOVE only on a rate per LAL *)
 * fixed      = number , currency ;                         (* an assessed lump sum, e.g. a ruling *)
 * property   = "sucrose" | "TSS" ;                          (* per % of the named property *)
 * number     = digit , { digit } , [ "." , digit , { digit } ] ;
 * currency   = ISO 4217 code, e.g. AUD, EUR, GBP, TWD ;
 * unit       = a symbol {@link UnitOfMeasure#parse} reads: kg, g, t, L, ml, hl, LAL, No, pr, m2 ... ;
 * </pre>
 *
 * <h2>Meaning and precedence</h2>
 * <ul>
 * <li>{@code +} and {@code -} bind tighter than the infix {@code MIN}/{@code MAX}, as in the EU Combined
 *     Nomenclature: {@code 8.3% + 44.2 EUR/100 kg MAX 24.2% + 9.4 EUR/100 kg} caps the whole sum; {@code a - b}
 *     takes b off a, never below zero (see {@link Difference}).</li>
 * <li>{@code 16.5% retail price} (or {@code 16.5% RET}) is a percentage of the goods' retail price, not of the base.</li>
 * <li>Infix {@code a MIN b} is a floor (最低稅額): at least b, i.e. max(a, b); infix {@code a MAX b} is a
 *     cap (最高稅額): at most b, i.e. min(a, b). They apply left to right:
 *     {@code 13.8% MIN 13 GBP/100 kg MAX 15 GBP/100 kg} = min(max(13.8 %, 13 GBP/100 kg), 15 GBP/100 kg).</li>
 * <li>Function {@code MAX(a, b, ...)} is "whichever is higher" (Taiwan 從價或從量從高徵稅) and
 *     {@code MIN(a, b, ...)} "whichever is lower". {@code a OR b HIGHER} is read as {@code MAX(a, b)}.</li>
 * <li>A specific rate is per quantity of the goods: {@code 35.10 EUR/100 kg} = 35.10 EUR for every
 *     100 kg net; {@code 25 AUD/1000} per thousand pieces; {@code 57.79 AUD/LAL} per litre of alcohol.
 *     A rate in a currency other than the context's is converted at the context's rate.</li>
 * <li>{@code 43.39 AUD/LAL ABOVE 1.15 %vol} is charged on the alcohol above 1.15 %vol only: litres ×
 *     (strength − 1.15) %, never negative (Australian beer, "calculated on that alcohol content by which the
 *     percentage by volume of alcohol of the goods exceeds 1.15"). Without {@code ABOVE} all the alcohol counts.</li>
 * <li>{@code 0.30 GBP/100 kg/% sucrose} is per 100 kg and per percent of sucrose (Brix) of the goods;
 *     {@code 0.45 AUD/100 kg/% TSS} per 100 kg and per percent (by mass) of total soluble solids, which is
 *     0.45 AUD per kg of total soluble solids (Australia's "$0.45/kg TSS").</li>
 * <li>{@code 833488 TWD} is a fixed amount (an assessed anti-dumping duty, a ruling).</li>
 * <li>{@code Free} is 0 % and prints as {@code 0%}.</li>
 * </ul>
 * {@link #toString()} prints the canonical form, which {@link #parse} reads back to an equal expression.
 */
public sealed interface DutyExpression
        permits DutyExpression.AdValorem, DutyExpression.Specific, DutyExpression.Fixed, DutyExpression.Sum, DutyExpression.Difference,
        DutyExpression.Bounded, DutyExpression.Extreme {

    MathContext PRECISION = MathContext.DECIMAL128;

    /** Parses the text; throws {@link DutyExpressionInvalid} naming the position and what was expected. */
    static DutyExpression parse(String text) {
        return new DutyExpressionParser(text).parse();
    }

    /** Exact amount in the context's currency (never rounded here) with the working shown. */
    DutyEvaluation evaluate(DutyContext context);

    /**
     * Ad valorem: a percentage of the context's base, or of the goods' retail price when {@code ofRetailPrice}
     * (UK tobacco products duty, "16.5% of the retail price": TARIC unit RET).
     */
    record AdValorem(BigDecimal percent, boolean ofRetailPrice) implements DutyExpression {
        public AdValorem {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0) {
                throw new InvalidValueException(MessageText.of("duty.expression.negative", MessageText.Arg.literal(percent.toPlainString() + "%")), "a duty rate cannot be negative: " + percent + "%");
            }
        }

        public AdValorem(BigDecimal percent) {
            this(percent, false);
        }

        /** The rate as a fraction (5 % → 0.05). */
        public BigDecimal fraction() {
            return percent.movePointLeft(2);
        }

        @Override
        public DutyEvaluation evaluate(DutyContext context) {
            BigDecimal of = context.base();
            if (ofRetailPrice) {
                of = context.retailPrice();
                if (of == null) {
                    throw DutyContextIncomplete.missing(this, MessageText.of("duty.context.needs.retail"), "the retail price of the goods");
                }
            }
            BigDecimal amount = of.multiply(percent).movePointLeft(2);
            BigDecimal base = of;
            return DutyEvaluation.of(amount,
                    () -> this + " × " + DutyEvaluation.show(base) + " " + context.currency() + " = " + DutyEvaluation.show(amount));
        }

        @Override
        public String toString() {
            return percent.toPlainString() + "%" + (ofRetailPrice ? " retail price" : "");
        }
    }

    /** Specific rate: {@code amount currency} per {@code per unit} of the goods. */
    record Specific(BigDecimal amount, CurrencyCode currency, BigDecimal per, UnitOfMeasure unit, String perPercentOf,
            BigDecimal alcoholAbovePercent) implements DutyExpression {

        public Specific(BigDecimal amount, CurrencyCode currency, BigDecimal per, UnitOfMeasure unit) {
            this(amount, currency, per, unit, null, null);
        }

        public Specific(BigDecimal amount, CurrencyCode currency, BigDecimal per, UnitOfMeasure unit, String perPercentOf) {
            this(amount, currency, per, unit, perPercentOf, null);
        }

        /**
         * A plain rate of NT$ a litre of pure alcohol (no threshold, no share of a content): Taiwan's alcohol tax, which
         * 菸酒稅法 第8條 words per litre and degree (NT$7 a litre per degree = 700 a litre of alcohol). The rate column and the
         * step's working both print it so (one test for both).
         */
        public boolean twAlcoholPerDegree() {
            return "TWD".equals(currency.value()) && unit == UnitOfMeasure.LAL && per.compareTo(BigDecimal.ONE) == 0
                    && alcoholAbovePercent == null && perPercentOf == null;
        }

        public Specific {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(per, "per");
            Objects.requireNonNull(unit, "unit");
            if (amount.signum() < 0) {
                throw new InvalidValueException(MessageText.of("duty.expression.negative", MessageText.Arg.literal(amount.toPlainString() + " " + currency)), "a duty rate cannot be negative: " + amount + " " + currency);
            }
            if (per.signum() <= 0) {
                throw new InvalidValueException(MessageText.of("duty.expression.per", MessageText.Arg.literal(per.toPlainString())), "a specific rate must be per a positive quantity: " + per);
            }
            if (alcoholAbovePercent != null && (unit.dimension() != UnitOfMeasure.Dimension.ALCOHOL
                    || alcoholAbovePercent.signum() < 0 || alcoholAbovePercent.compareTo(new BigDecimal("100")) >= 0)) {
                throw new InvalidValueException(MessageText.of("duty.expression.above", MessageText.Arg.literal(String.valueOf(alcoholAbovePercent))),
                        "ABOVE n %vol needs a rate per litre of alcohol and 0 ≤ n < 100: " + alcoholAbovePercent);
            }
        }

        @Override
        public DutyEvaluation evaluate(DutyContext context) {
            DutyContext.LitresOfAlcohol lal = unit.dimension() == UnitOfMeasure.Dimension.ALCOHOL
                    ? context.litresOfAlcohol(alcoholAbovePercent) : null;
            BigDecimal baseQuantity = lal != null ? lal.counted() : context.quantity(unit.dimension());
            if (baseQuantity == null) {
                throw DutyContextIncomplete.missing(this, MessageText.of("duty.context.needs.quantity." + unit.dimension().name().toLowerCase(java.util.Locale.ROOT)), "a quantity in " + unit.dimension().name().toLowerCase(java.util.Locale.ROOT)
                        + (unit.dimension() == UnitOfMeasure.Dimension.ALCOHOL ? " (litres and alcohol by volume)" : ""));
            }
            BigDecimal rate = context.exchangeRate(currency);
            if (rate == null) {
                throw DutyContextIncomplete.missing(this, MessageText.of("duty.context.needs.rate", MessageText.Arg.literal(context.currency()), MessageText.Arg.literal(currency)), "an exchange rate " + context.currency() + " per " + currency);
            }
            // quantity in the rate's unit: base units / (per × unit size); exact where the decimal allows
            BigDecimal units = divide(baseQuantity, per.multiply(unit.toBase()));
            BigDecimal inRateCurrency = amount.multiply(units);
            BigDecimal percent = null;
            if (perPercentOf != null) {
                percent = context.property(perPercentOf);
                if (percent == null) {
                    throw DutyContextIncomplete.missing(this, MessageText.of("duty.context.needs.content", MessageText.Arg.literal(perPercentOf)), "the % " + perPercentOf + " of the goods");
                }
                inRateCurrency = inRateCurrency.multiply(percent);
            }
            BigDecimal result = inRateCurrency.multiply(rate);
            BigDecimal property = percent;
            return DutyEvaluation.of(result, () -> {
                String propertyText = property == null ? "" : " × " + property.toPlainString() + " % " + perPercentOf;
                String quantityText = lal != null ? lal.explanation() : DutyEvaluation.show(baseQuantity) + " " + unit.dimension().baseSymbol();
                String conversion = currency.equals(context.currency()) ? ""
                        : " × " + DutyEvaluation.show(rate) + " " + context.currency() + "/" + currency;
                return this + " × " + quantityText + propertyText + conversion + " = " + DutyEvaluation.show(result);
            });
        }

        @Override
        public String toString() {
            String perText = per.compareTo(BigDecimal.ONE) == 0 ? "" : per.toPlainString() + " ";
            return amount.toPlainString() + " " + currency + "/" + perText + unit.symbol()
                    + (perPercentOf == null ? "" : "/% " + perPercentOf)
                    + (alcoholAbovePercent == null ? "" : " ABOVE " + alcoholAbovePercent.toPlainString() + " %vol");
        }
    }

    /** A fixed amount, e.g. an anti-dumping duty assessed by a ruling; converted like a specific rate. */
    record Fixed(BigDecimal amount, CurrencyCode currency) implements DutyExpression {
        public Fixed {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
            if (amount.signum() < 0) {
                throw new InvalidValueException(MessageText.of("duty.expression.negative", MessageText.Arg.literal(amount.toPlainString() + " " + currency)), "a duty amount cannot be negative: " + amount + " " + currency);
            }
        }

        @Override
        public DutyEvaluation evaluate(DutyContext context) {
            BigDecimal rate = context.exchangeRate(currency);
            if (rate == null) {
                throw DutyContextIncomplete.missing(this, MessageText.of("duty.context.needs.rate", MessageText.Arg.literal(context.currency()), MessageText.Arg.literal(currency)), "an exchange rate " + context.currency() + " per " + currency);
            }
            BigDecimal result = amount.multiply(rate);
            return DutyEvaluation.of(result, () -> "fixed " + this + (rate.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + rate.toPlainString())
                    + " = " + DutyEvaluation.show(result));
        }

        @Override
        public String toString() {
            return amount.toPlainString() + " " + currency;
        }
    }

    /** Compound duty: the terms added together ({@code 12% + 30 EUR/100 kg}). */
    record Sum(List<DutyExpression> terms) implements DutyExpression {
        public Sum {
            terms = List.copyOf(terms);
            if (terms.size() < 2) {
                throw new InvalidValueException(MessageText.of("duty.expression.sum"), "a sum needs at least two terms");
            }
        }

        @Override
        public DutyEvaluation evaluate(DutyContext context) {
            BigDecimal total = BigDecimal.ZERO;
            List<DutyEvaluation> parts = new java.util.ArrayList<>(terms.size());
            for (DutyExpression term : terms) {
                DutyEvaluation e = term.evaluate(context);
                total = total.add(e.amount());
                parts.add(e);
            }
            BigDecimal sum = total;
            return DutyEvaluation.of(sum, () -> "(" + joined(parts) + ") sum = " + DutyEvaluation.show(sum));
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < terms.size(); k++) {
                DutyExpression t = terms.get(k);
                boolean wrap = t instanceof Bounded || (k > 0 && t instanceof Difference);
                out.append(k == 0 ? "" : " + ").append(wrap ? "(" + t + ")" : t.toString());
            }
            return out.toString();
        }
    }

    /**
     * A component subtracted from what precedes it ({@code a - b}: TARIC/UK duty expression "-", e.g.
     * {@code 13.8% MIN 13 GBP/100 kg MAX 15 GBP/100 kg - 7 GBP/100 kg}, or a relief such as a per-litre discount).
     * Binds like {@code +}. A duty is never negative: a difference below zero is zero, and the explanation says so.
     */
    record Difference(DutyExpression minuend, DutyExpression subtrahend) implements DutyExpression {
        public Difference {
            Objects.requireNonNull(minuend, "minuend");
            Objects.requireNonNull(subtrahend, "subtrahend");
        }

        @Override
        public DutyEvaluation evaluate(DutyContext context) {
            DutyEvaluation a = minuend.evaluate(context);
            DutyEvaluation b = subtrahend.evaluate(context);
            BigDecimal exact = a.amount().subtract(b.amount());
            BigDecimal result = exact.signum() < 0 ? BigDecimal.ZERO : exact;
            return DutyEvaluation.of(result, () -> "(" + a.explanation() + ") less (" + b.explanation() + ") = " + DutyEvaluation.show(exact)
                    + (exact.signum() < 0 ? ", not below zero = 0" : ""));
        }

        @Override
        public String toString() {
            String left = minuend instanceof Bounded ? "(" + minuend + ")" : minuend.toString();
            String right = subtrahend instanceof Bounded || subtrahend instanceof Sum || subtrahend instanceof Difference
                    ? "(" + subtrahend + ")" : subtrahend.toString();
            return left + " - " + right;
        }
    }

    /** Infix floor ({@code MIN}: at least the limit) or cap ({@code MAX}: at most the limit). */
    record Bounded(DutyExpression value, Bound bound, DutyExpression limit) implements DutyExpression {
        public Bounded {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(bound, "bound");
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public DutyEvaluation evaluate(DutyContext context) {
            DutyEvaluation v = value.evaluate(context);
            DutyEvaluation l = limit.evaluate(context);
            boolean limitApplies = bound == Bound.MIN
                    ? l.amount().compareTo(v.amount()) > 0
                    : l.amount().compareTo(v.amount()) < 0;
            BigDecimal result = limitApplies ? l.amount() : v.amount();
            String word = bound == Bound.MIN ? "minimum" : "maximum";
            return DutyEvaluation.of(result, () -> v.explanation() + "; " + word + " " + l.explanation()
                    + (limitApplies ? " applies" : " does not apply") + " = " + DutyEvaluation.show(result));
        }

        @Override
        public String toString() {
            String right = limit instanceof Bounded ? "(" + limit + ")" : limit.toString();
            return value + " " + bound.name() + " " + right;
        }
    }

    /** The workings of several parts, one after another. */
    private static String joined(List<DutyEvaluation> parts) {
        return parts.stream().map(DutyEvaluation::explanation).collect(Collectors.joining("; "));
    }

    /** Infix bound kinds, as tariffs write them. */
    enum Bound { MIN, MAX }

    /** "Whichever is higher" ({@code MAX(a, b)}) or lower ({@code MIN(a, b)}) of several alternatives. */
    record Extreme(Bound which, List<DutyExpression> alternatives) implements DutyExpression {
        public Extreme {
            Objects.requireNonNull(which, "which");
            alternatives = List.copyOf(alternatives);
            if (alternatives.size() < 2) {
                throw new InvalidValueException(MessageText.of("duty.expression.extreme", MessageText.Arg.literal(which)), which + "(...) needs at least two alternatives");
            }
        }

        @Override
        public DutyEvaluation evaluate(DutyContext context) {
            BigDecimal chosen = null;
            List<DutyEvaluation> parts = new java.util.ArrayList<>(alternatives.size());
            for (DutyExpression alternative : alternatives) {
                DutyEvaluation e = alternative.evaluate(context);
                if (chosen == null || (which == Bound.MAX ? e.amount().compareTo(chosen) > 0 : e.amount().compareTo(chosen) < 0)) {
                    chosen = e.amount();
                }
                parts.add(e);
            }
            BigDecimal result = chosen;
            return DutyEvaluation.of(result,
                    () -> (which == Bound.MAX ? "higher of (" : "lower of (") + joined(parts) + ") = " + DutyEvaluation.show(result));
        }

        @Override
        public String toString() {
            return which.name() + "(" + alternatives.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
        }
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.compareTo(BigDecimal.ONE) == 0) {
            return a;
        }
        // exact whenever the quotient fits 34 digits; no exception thrown on the hot path
        return a.divide(b, PRECISION);
    }
}
