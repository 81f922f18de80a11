package org.tradedesk.shared.duty;

import java.math.BigDecimal;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * A duty expression as a message, each unit named by the one bundle key the rate column, the working, the requirements
 * and the greyed options all use ({@code taxes.rate.unit.<UNIT>}: 公斤, 公升純酒精 in Chinese; kg, LAL in English), so one
 * explanation never writes a unit two ways (acceptance review t1fixJ 2: 「13 GBP/100 公斤」 beside
 * 「15 GBP/100 kg - 7 GBP/100 kg」, 「107.99 AUD/公升純酒精」 beside 「107.99 AUD/LAL」). Figures and currencies stay as written.
 */
public final class DutyExpressionText {

    private DutyExpressionText() {
    }

    public static MessageText of(DutyExpression e) {
        return of(e, part -> null);
    }

    /**
     * As {@link #of(DutyExpression)}, with a caller's own words for some parts: {@code own} gives a part's text, or null
     * to word it here (the taxes documents' rate column words Taiwan's alcohol tax per degree and a rate per % of a
     * content its own way, {@code RateTexts}); the walk over the expression, its grouping and joining stay this one.
     */
    public static MessageText of(DutyExpression e, java.util.function.Function<DutyExpression, MessageText> own) {
        MessageText mine = own.apply(e);
        if (mine != null) {
            return mine;
        }
        if (e instanceof DutyExpression.AdValorem a && a.ofRetailPrice()) {
            return MessageText.of("taxes.rate.retail", Arg.literal(a.percent().toPlainString()));
        }
        if (e instanceof DutyExpression.Specific s && s.perPercentOf() == null) {
            String per = s.per().compareTo(BigDecimal.ONE) == 0 ? "" : s.per().toPlainString() + " ";
            MessageText rate = MessageText.of("taxes.rate.text.specific", Arg.literal(s.amount().toPlainString() + " " + s.currency()),
                    Arg.literal(per), Arg.code("taxes.rate.unit." + s.unit().name()));
            return s.alcoholAbovePercent() == null ? rate : MessageText.of("taxes.rate.text.above", Arg.message(rate),
                    Arg.message(MessageText.of("taxes.rate.above", Arg.literal(s.alcoholAbovePercent().toPlainString()))));
        }
        if (e instanceof DutyExpression.Sum sum) {
            MessageText all = null;
            for (int k = 0; k < sum.terms().size(); k++) {
                DutyExpression t = sum.terms().get(k);
                MessageText term = t instanceof DutyExpression.Bounded || (k > 0 && t instanceof DutyExpression.Difference) ? group(t, own) : of(t, own);
                all = all == null ? term : MessageText.of("taxes.rate.text.plus", Arg.message(all), Arg.message(term));
            }
            return all;
        }
        if (e instanceof DutyExpression.Difference d) {
            DutyExpression r = d.subtrahend();
            return MessageText.of("taxes.rate.text.minus",
                    Arg.message(d.minuend() instanceof DutyExpression.Bounded ? group(d.minuend(), own) : of(d.minuend(), own)),
                    Arg.message(r instanceof DutyExpression.Bounded || r instanceof DutyExpression.Sum || r instanceof DutyExpression.Difference
                            ? group(r, own) : of(r, own)));
        }
        if (e instanceof DutyExpression.Bounded b) {
            return MessageText.of("taxes.rate.text.bounded", Arg.message(of(b.value(), own)), Arg.code("taxes.rate.bound." + b.bound().name()),
                    Arg.message(b.limit() instanceof DutyExpression.Bounded ? group(b.limit(), own) : of(b.limit(), own)));
        }
        if (e instanceof DutyExpression.Extreme x) {
            MessageText all = null;
            for (DutyExpression t : x.alternatives()) {
                all = all == null ? of(t, own) : MessageText.of("taxes.rate.text.list", Arg.message(all), Arg.message(of(t, own)));
            }
            return MessageText.of("taxes.rate.text.function", Arg.code("taxes.rate.fn." + x.which().name()), Arg.message(all));
        }
        return MessageText.of("taxes.rate.text.as-written", Arg.literal(e)); // a percentage, a fixed amount: figures only
    }

    private static MessageText group(DutyExpression e, java.util.function.Function<DutyExpression, MessageText> own) {
        return MessageText.of("taxes.rate.text.group", Arg.message(of(e, own)));
    }
}
