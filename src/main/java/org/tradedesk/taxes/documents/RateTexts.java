package org.tradedesk.taxes.documents;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.tradedesk.shared.UnitOfMeasure;

/**
 * A step's rate as the reader reads it (issue 6: no English inside zh-TW output). The rate is stored as the duty
 * expression's canonical text ({@code 16.5% retail price + 316.70 GBP/1000}, {@code MAX(10%, 20 TWD/No)}), a notation
 * the engine reads back; its two words are put in the reader's language from the bundles: the unit a specific rate is
 * per ({@code taxes.rate.unit.<UNIT>}: No → 個, kg → 公斤, as the tariff names them) and the retail-price percentage
 * ({@code taxes.rate.retail}: 零售價格之 16.5%); so are its keywords: the function {@code MAX(a, b)} / {@code MIN(a, b)}
 * (whichever is higher / lower: {@code taxes.rate.fn.MAX} 最高, {@code taxes.rate.fn.MIN} 最低), the infix floor and cap
 * ({@code a MIN b}: at least b, {@code taxes.rate.bound.MIN} 下限; {@code a MAX b}: at most b, 上限) and the strength a
 * rate per litre of alcohol counts above ({@code ABOVE 1.15 %vol}: {@code taxes.rate.above}). Figures and currencies
 * stay as written; in English every word renders as the canonical text.
 */
public final class RateTexts {

    private static final Pattern RETAIL = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:retail price|RET)\\b");
    /** "/" then an optional "per" figure (100 kg) then a unit symbol, longest symbols first. */
    private static final Pattern PER_UNIT = Pattern.compile("/((?:\\d+(?:\\.\\d+)? )?)("
            + Arrays.stream(UnitOfMeasure.values()).map(UnitOfMeasure::symbol).filter(s -> !s.contains(" "))
                    .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"))
            + ")(?![A-Za-z0-9])");

    /** The function form: the keyword right before its opening parenthesis. */
    private static final Pattern FUNCTION = Pattern.compile("\\b(MAX|MIN)(?=\\s*\\()");
    /** The infix floor or cap: the keyword between two terms. */
    private static final Pattern BOUND = Pattern.compile("(?<=\\s)(MAX|MIN)(?=\\s)");
    private static final Pattern ABOVE = Pattern.compile("\\bABOVE (\\d+(?:\\.\\d+)?) ?%vol");

    private RateTexts() {
    }

    public static String render(String rate, MessageSource messages, Locale locale) {
        if (rate == null || rate.isBlank()) {
            return rate;
        }
        Matcher retail = RETAIL.matcher(rate);
        StringBuilder out = new StringBuilder();
        while (retail.find()) {
            retail.appendReplacement(out, Matcher.quoteReplacement(
                    messages.getMessage("taxes.rate.retail", new Object[] {retail.group(1)}, retail.group(), locale)));
        }
        retail.appendTail(out);
        Matcher unit = PER_UNIT.matcher(out.toString());
        StringBuilder named = new StringBuilder();
        while (unit.find()) {
            String symbol = unit.group(2);
            UnitOfMeasure u = Arrays.stream(UnitOfMeasure.values()).filter(x -> x.symbol().equals(symbol)).findFirst().orElseThrow();
            unit.appendReplacement(named, Matcher.quoteReplacement("/" + unit.group(1)
                    + messages.getMessage(org.tradedesk.taxes.domain.RateUnits.key(u), null, symbol, locale)));
        }
        unit.appendTail(named);
        String text = replace(FUNCTION, named.toString(), m -> messages.getMessage("taxes.rate.fn." + m.group(1), null, m.group(), locale));
        text = replace(BOUND, text, m -> messages.getMessage("taxes.rate.bound." + m.group(1), null, m.group(), locale));
        return replace(ABOVE, text, m -> messages.getMessage("taxes.rate.above", new Object[] {m.group(1)}, m.group(), locale));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> word) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
