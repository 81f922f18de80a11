package org.tradedesk.taxes.documents;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.shared.duty.DutyExpressionText;

/**
 * A step's rate as the reader reads it (issue 6: no English inside zh-TW output). The rate is stored as the duty
 * expression's canonical text ({@code 16.5% retail price + 316.70 GBP/1000}, {@code MAX(10%, 20 TWD/No)}), a notation
 * the engine reads back: it is read back here into its expression ({@link DutyExpression#parse}) and each part is written
 * in the reader's language from the bundles, never by finding English words in the text (review r-t1): the unit a specific
 * rate is per ({@code taxes.rate.unit.<UNIT>}: No → 個, kg → 公斤, as the tariff names them), the retail-price percentage
 * ({@code taxes.rate.retail}: 零售價格之 16.5%), the function {@code MAX(a, b)} / {@code MIN(a, b)} (whichever is higher /
 * lower: {@code taxes.rate.fn.MAX} 最高, {@code taxes.rate.fn.MIN} 最低), the infix floor and cap ({@code a MIN b}: at
 * least b, {@code taxes.rate.bound.MIN} 下限; {@code a MAX b}: at most b, 上限) and the strength a rate per litre of
 * alcohol counts above ({@code ABOVE 1.15 %vol}: {@code taxes.rate.above}). Figures and currencies stay as written; the
 * English bundle gives the canonical words, so English reads the canonical text. A text that is no duty expression is
 * shown as it was written.
 */
public final class RateTexts {

    private RateTexts() {
    }

    public static String render(String rate, MessageSource messages, Locale locale) {
        if (rate == null || rate.isBlank()) {
            return rate;
        }
        DutyExpression expression;
        try {
            expression = DutyExpression.parse(rate);
        } catch (RuntimeException notAnExpression) {
            if (rate.contains("; ")) {
                // a total over lines at different rates: the engine joins the lines' rates with "; " (review of T1 R5:
                // the joined text did not parse and was shown in English on the zh page); each rate in the reader's words
                String separator = messages.getMessage("taxes.input.separator", null, "; ", locale);
                return java.util.Arrays.stream(rate.split("; ")).map(one -> render(one, messages, locale))
                        .collect(Collectors.joining(separator));
            }
            return rate;
        }
        return text(expression, messages, locale);
    }

    /**
     * The expression as its {@code toString()} writes it, each word from the reader's bundle: worded by {@link
     * DutyExpressionText} (one walk over an expression for the rate column, the working and the requirements), with this
     * column's own words for Taiwan's alcohol tax per degree and a rate per % of a content (t1fixL 7: two walks before).
     */
    private static String text(DutyExpression e, MessageSource messages, Locale locale) {
        return new org.tradedesk.platform.MessageTexts(messages, FORMATS)
                .render(DutyExpressionText.of(e, part -> own(part, messages, locale)), locale);
    }

    private static final org.tradedesk.platform.Formats FORMATS = new org.tradedesk.platform.Formats(java.time.Clock.systemUTC());

    /** The parts this column words its own way; null for the others. */
    private static MessageText own(DutyExpression e, MessageSource messages, Locale locale) {
        if (e instanceof DutyExpression.Specific s && s.twAlcoholPerDegree()) {
            // Taiwan's alcohol tax as 菸酒稅法 第8條 words it: 「每公升按酒精成分每度徵收新臺幣七元」, NT$7 a litre per degree
            // (a degree is 1 %vol, so 700 TWD a litre of pure alcohol) (acceptance review t1fixI 3)
            return MessageText.of("taxes.rate.twAlcoholPerDegree",
                    MessageText.Arg.literal(s.amount().movePointLeft(2).stripTrailingZeros().toPlainString()));
        }
        if (e instanceof DutyExpression.Specific s && s.perPercentOf() != null) {
            // a rate per % of a content (sucrose, total soluble solids), the content named from the bundle
            String per = s.per().compareTo(java.math.BigDecimal.ONE) == 0 ? "" : s.per().toPlainString() + " ";
            String unit = messages.getMessage(org.tradedesk.taxes.domain.RateUnits.key(s.unit()), null, s.unit().symbol(), locale);
            String above = s.alcoholAbovePercent() == null ? "" : " " + messages.getMessage("taxes.rate.above",
                    new Object[] {s.alcoholAbovePercent().toPlainString()}, "ABOVE " + s.alcoholAbovePercent().toPlainString() + " %vol", locale);
            return MessageText.of("taxes.rate.text.as-written", MessageText.Arg.literal(s.amount().toPlainString() + " " + s.currency()
                    + "/" + per + unit + "/% " + messages.getMessage("taxes.property." + s.perPercentOf(), null, s.perPercentOf(), locale)
                    + above));
        }
        return null;
    }
}
