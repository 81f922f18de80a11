package org.tradedesk.markets;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tradedesk.markets.importing.CountryNames;
import org.tradedesk.platform.CountryNaming;
import org.tradedesk.platform.StoredMessageUpgrade;
import org.tradedesk.shared.MessageText;

/**
 * Markets' texts read as they are recorded today, when rendered:
 * <ul>
 * <li>unit texts saved before units were worded (a stored analysis or series holding {@code markets.units.as-imported} of a
 * Comtrade unit code such as {@code 8}, or of {@code USD/kg}) as {@link QuantityUnits} words them now ("kg" / 「公斤」);</li>
 * <li>a market saved as a plain code in a decision check, a scoring note or a mirror-flow basis ({@code CHN}, {@code USA, JPN},
 * a literal before 2026-12-07) as a country argument, so it prints as the market's name (中國、美國) like a text recorded now.</li>
 * </ul>
 * The saved result is not rewritten and no dataset needs importing again. Also names markets' codes (ISO alpha-3 and
 * Comtrade's numeric ones) for every country argument, from the list the markets pages use ({@link CountryNames}).
 */
@Component
class StoredMarketTexts implements StoredMessageUpgrade, CountryNaming {

    private static final Pattern CODES = Pattern.compile("[A-Z]{3}(, ?[A-Z]{3})*");

    @Override
    public MessageText upgrade(MessageText stored) {
        return countries(QuantityUnits.upgrade(stored));
    }

    @Override
    public String name(String code, Locale locale) {
        // by the name in the reader's language (USA is 美國 in Chinese though its English name is its code)
        String name = CountryNames.name(code, locale);
        return name.equals(code.strip()) ? null : name;
    }

    /** The texts whose plain 3-letter arguments are markets: the decision check, the scoring's tariff note, mirror bases. */
    static boolean namesMarkets(String code) {
        return code.startsWith("markets.stats.decision.") || code.equals("markets.stats.scoring.tariff-provenance")
                || code.startsWith("markets.stats.mirror.");
    }

    static MessageText countries(MessageText stored) {
        if (stored == null || !namesMarkets(stored.code())) {
            return stored;
        }
        boolean changed = false;
        java.util.List<MessageText.Arg> args = new java.util.ArrayList<>();
        for (MessageText.Arg a : stored.args()) {
            if (a.kind() == MessageText.Kind.LITERAL && a.value() != null && CODES.matcher(a.value()).matches()) {
                args.add(MessageText.Arg.country(a.value().replace(" ", "")));
                changed = true;
            } else {
                args.add(a);
            }
        }
        return changed ? new MessageText(stored.code(), args) : stored;
    }
}
