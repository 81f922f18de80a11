package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.taxes.domain.ChainDefinition.Dated;
import org.tradedesk.taxes.domain.ChainDefinition.StepDefinition;
import org.tradedesk.taxes.domain.ChainDefinition.Threshold;

/**
 * A tax charged on the excess of its base over a dated threshold, times a factor: Australia's luxury
 * car tax is 33 % of 10/11 of the amount by which the LCT value exceeds the LCT threshold, with a
 * higher threshold for fuel-efficient cars (A New Tax System (Luxury Car Tax) Act 1999 s 5-15 and
 * s 25-1). At or below the threshold nothing is payable. The thresholds and the factor are the chain
 * file's data; this rule only applies them.
 */
final class ThresholdRule {

    /** What the threshold made of the base. */
    enum Effect {
        /** The step has no threshold: the base is taxed as it is. */
        NONE,
        /** The step has thresholds but none in force on the date: the step is not applied. */
        NOT_IN_FORCE,
        /** The base is at or below the threshold. */
        NOT_PAYABLE,
        /** The excess over the threshold, times the factor, is taxed. */
        EXCESS
    }

    /**
     * {@code taxable} is what the rate applies to; {@code working} how it was reached (null for NONE and NOT_IN_FORCE);
     * {@code used} the threshold applied (null for NONE and NOT_IN_FORCE).
     */
    record Outcome(Effect effect, BigDecimal taxable, MessageText working, Used used) {
        Outcome(Effect effect, BigDecimal taxable, MessageText working) {
            this(effect, taxable, working, null);
        }
    }

    /**
     * The threshold a line was charged against, as the reference value it is (t1fixH 4): its amount, which of the two
     * (fuel-efficient car or other), the financial year it is in force for, and its text (with "to confirm" where the chain
     * file repeats a figure not yet checked against the year's publication).
     */
    record Used(BigDecimal amount, boolean fuelEfficient, LocalDate from, LocalDate to, boolean toConfirm, MessageText text) {
    }

    private ThresholdRule() {
    }

    static Outcome apply(StepDefinition step, boolean fuelEfficientCar, BigDecimal base, LocalDate date, CurrencyCode currency) {
        if (step.thresholds().isEmpty()) {
            return new Outcome(Effect.NONE, base, null);
        }
        Optional<Dated<Threshold>> threshold = Dated.on(step.thresholds(), date);
        if (threshold.isEmpty()) {
            return new Outcome(Effect.NOT_IN_FORCE, null, null);
        }
        Threshold t = threshold.get().value();
        boolean fuelEfficient = fuelEfficientCar && t.fuelEfficientAmount() != null;
        BigDecimal limit = fuelEfficient ? t.fuelEfficientAmount() : t.amount();
        MessageText limitText = MessageText.of(fuelEfficient ? "taxes.threshold.fuelEfficient" : "taxes.threshold.amount",
                Texts.money(limit, currency), Arg.date(threshold.get().period().from()));
        if (t.toConfirm()) {
            // a figure the file repeats until the year's is published says so wherever the working shows it (review r-t1b 5)
            limitText = MessageText.of("taxes.threshold.toConfirm", Arg.message(limitText));
        }
        Used used = new Used(limit, fuelEfficient, threshold.get().period().from(), threshold.get().period().to(), t.toConfirm(),
                limitText);
        if (base.compareTo(limit) <= 0) {
            return new Outcome(Effect.NOT_PAYABLE, BigDecimal.ZERO,
                    MessageText.of("taxes.threshold.notPayable", Texts.money(base, currency), Arg.message(limitText)), used);
        }
        BigDecimal taxable = divide(base.subtract(limit).multiply(step.factorNumerator()), step.factorDenominator());
        boolean noFactor = step.factorDenominator().compareTo(BigDecimal.ONE) == 0 && step.factorNumerator().compareTo(BigDecimal.ONE) == 0;
        MessageText working = noFactor
                ? MessageText.of("taxes.threshold.excess", Texts.money(base, currency), Arg.message(limitText),
                        Texts.money(taxable, currency))
                : quotientWorking(base, limitText, step, taxable, currency);
        return new Outcome(Effect.EXCESS, taxable, working, used);
    }

    /**
     * The excess times its factor; a quotient with more decimals than are shown (A$36,228.25 × 10/11 = 32,934.772727…)
     * is shown as {@link org.tradedesk.taxes.ShownQuotient} rules, with "≈" and the precision stated.
     */
    private static MessageText quotientWorking(BigDecimal base, MessageText limitText, StepDefinition step,
            BigDecimal taxable, CurrencyCode currency) {
        if (!org.tradedesk.taxes.ShownQuotient.approximate(taxable)) {
            return MessageText.of("taxes.threshold.excessFactor", Texts.money(base, currency), Arg.message(limitText),
                    Arg.number(step.factorNumerator()), Arg.number(step.factorDenominator()), Texts.money(taxable, currency));
        }
        return MessageText.of("taxes.threshold.excessFactorApprox", Texts.money(base, currency), Arg.message(limitText),
                Arg.number(step.factorNumerator()), Arg.number(step.factorDenominator()),
                Arg.money(org.tradedesk.taxes.ShownQuotient.shown(taxable), currency.value()),
                Arg.number(BigDecimal.valueOf(org.tradedesk.taxes.ShownQuotient.DECIMALS)));
    }

    /** Exact when the quotient has at most 34 significant digits (DECIMAL128 keeps an exact quotient exact). */
    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.compareTo(BigDecimal.ONE) == 0) {
            return a;
        }
        return a.divide(b, MathContext.DECIMAL128);
    }
}
