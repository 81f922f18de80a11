package org.tradedesk.taxes.domain;

import org.tradedesk.taxes.ShownQuotient;
import java.math.BigDecimal;
import java.util.List;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.duty.DutyEvaluation;

/**
 * The engine's pieces of text as data: amounts with their currency, texts of the chain files (which
 * come in both languages) and the sum a base adds up. Message codes are under {@code taxes.} in the
 * taxes bundles; nothing here is a sentence.
 */
final class Texts {

    /** A text of the chain file in both languages, rendered in the reader's ({@code {0}} zh-TW, {@code {1}} English). */
    static final String BILINGUAL = "taxes.text.bilingual";
    /** A text passed on as written: a user's own words, a published rate text. */
    static final String AS_GIVEN = "taxes.text.asGiven";

    private Texts() {
    }

    /**
     * An amount as a step shows it: the currency's minor units at least, every further decimal the value
     * has up to {@link DutyEvaluation#SHOWN_DECIMALS} (an exact quotient stays visible before its rounding).
     */
    static Arg money(BigDecimal amount, CurrencyCode currency) {
        return Arg.money(plain(amount), currency.value());
    }

    /**
     * An amount after its legal rounding, in the rounding's unit where the law rounds to fewer decimals than the currency's minor
     * unit (TWD 129,069 truncated to whole NT$, not 129,069.00: issue 6), else as {@link #money}.
     */
    static Arg rounded(BigDecimal amount, CurrencyCode currency, org.tradedesk.shared.RoundingRule rule) {
        if (amount != null && rule.scale() >= 0 && rule.scale() < currency.isoFractionDigits()
                && Math.max(amount.stripTrailingZeros().scale(), 0) <= rule.scale()) {
            // a MONEY argument at the law's scale (review of T1 R7: a nested message hid the amount from kind=MONEY readers)
            return Arg.money(amount, currency.value(), rule.scale());
        }
        return money(amount, currency);
    }


    /** An amount a law states in whole units (a fine's base, a daily surcharge): in the chain's payable unit, as {@link #rounded}. */
    static Arg payable(BigDecimal amount, ChainDefinition chain) {
        return rounded(amount, chain.currency(), chain.displayRounding());
    }

    /**
     * A base a rate is applied to: as {@link #money}, but an exact quotient is shown as {@link ShownQuotient} rules
     * ("≈ AUD 33,757.2727").
     */
    static Arg base(BigDecimal amount, CurrencyCode currency) {
        if (!ShownQuotient.approximate(amount)) {
            return money(amount, currency);
        }
        return Arg.message(MessageText.of("taxes.working.approx", Arg.money(ShownQuotient.shown(amount), currency.value())));
    }

    static Arg number(BigDecimal value) {
        return Arg.number(plain(value));
    }

    static Arg text(LocalizedText text) {
        return Arg.message(of(text));
    }

    static MessageText of(LocalizedText text) {
        return MessageText.of(BILINGUAL, Arg.literal(text.in(java.util.Locale.TRADITIONAL_CHINESE)), Arg.literal(text.in(java.util.Locale.ENGLISH)));
    }

    static MessageText asGiven(String text) {
        return MessageText.of(AS_GIVEN, Arg.literal(text));
    }

    /** The terms of a base by their names, joined by " + ". */
    static MessageText sum(List<Arg> terms) {
        if (terms.isEmpty()) {
            return MessageText.of("taxes.base.none");
        }
        MessageText sum = MessageText.of("taxes.base.term", terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            sum = MessageText.of("taxes.base.plus", Arg.message(sum), terms.get(i));
        }
        return sum;
    }

    /** Trailing zeros beyond the cents dropped (138465.0000 → 138465), so the renderer pads to the currency's own digits. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal v = DutyEvaluation.shown(value);
        if (v.scale() <= 2) {
            return v;
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
