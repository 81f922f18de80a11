package org.tradedesk.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Renders a {@link MessageText} in the reader's language: the code is looked up in the message
 * bundles, each argument formatted by its kind with {@link Formats} (the same grouping and date
 * format as every other figure on the page), nested messages rendered first. Templates call
 * {@code ${@messages.render(m)}}; documents and e-mails pass the client's locale.
 *
 * <p>A code missing from the bundles is a programming error that {@code I18nBundlesTest}-style
 * tests catch; at run time it prints the code itself with its arguments rather than failing a page.
 */
@Component("messages")
public class MessageTexts {

    private final MessageSource bundles;
    private final Formats formats;
    private final org.springframework.beans.factory.ObjectProvider<StoredMessageUpgrade> upgrades;

    public MessageTexts(MessageSource bundles, Formats formats) {
        this(bundles, formats, null);
    }

    /** With the modules' {@link StoredMessageUpgrade}s, looked up when a message is rendered (no cycle at start-up). */
    public MessageTexts(MessageSource bundles, Formats formats, org.springframework.beans.factory.ObjectProvider<StoredMessageUpgrade> upgrades) {
        this(bundles, formats, upgrades, null);
    }

    /** With the modules' upgrades and their {@link CountryNaming}s (a module's own country codes named as its pages name them). */
    @org.springframework.beans.factory.annotation.Autowired
    public MessageTexts(MessageSource bundles, Formats formats, org.springframework.beans.factory.ObjectProvider<StoredMessageUpgrade> upgrades,
                        org.springframework.beans.factory.ObjectProvider<CountryNaming> countryNames) {
        this.bundles = bundles;
        this.formats = formats;
        this.upgrades = upgrades;
        this.countryNames = countryNames;
    }

    private final org.springframework.beans.factory.ObjectProvider<CountryNaming> countryNames;

    /** In the language of the current request. */
    public String render(MessageText message) {
        return render(message, LocaleContextHolder.getLocale());
    }

    public String render(MessageText message, Locale locale) {
        if (message == null) {
            return "";
        }
        for (StoredMessageUpgrade u : upgrades()) {
            message = u.upgrade(message);
        }
        List<Arg> args = message.args();
        Object[] formatted = new Object[args.size()];
        for (int i = 0; i < formatted.length; i++) {
            formatted[i] = format(args.get(i), locale);
        }
        String fallback = message.code() + (formatted.length == 0 ? "" : " " + List.of(formatted));
        return bundles.getMessage(message.code(), formatted, fallback, locale);
    }

    private volatile List<StoredMessageUpgrade> resolved;

    private List<StoredMessageUpgrade> upgrades() {
        List<StoredMessageUpgrade> r = resolved;
        if (r == null) {
            r = upgrades == null ? List.of() : upgrades.orderedStream().toList();
            resolved = r;
        }
        return r;
    }

    /** One argument as a message shows it ({@code ResearchProjects.marketArg}: a market named on a page as in a note). */
    public String render(Arg arg, Locale locale) {
        return arg == null ? "" : format(arg, locale);
    }

    /** Items listed as the reader's language lists them: 中國、日本 in Chinese, "China, Japan" otherwise. */
    public static String joined(List<String> items, Locale locale) {
        return String.join("zh".equals(locale.getLanguage()) ? "、" : ", ", items);
    }

    /** Each message rendered, in order. */
    public List<String> renderAll(List<MessageText> messages, Locale locale) {
        return messages.stream().map(m -> render(m, locale)).toList();
    }

    private String format(Arg arg, Locale locale) {
        return switch (arg.kind()) {
            case LITERAL -> arg.value();
            case NUMBER -> formats.number(new BigDecimal(arg.value()));
            // a working's amount exact: the figure before the step's legal rounding (Formats, display rule)
            case MONEY -> arg.unit() + " " + (arg.scale() != null ? formats.amountAt(new BigDecimal(arg.value()), arg.scale())
                    : formats.exactAmount(new BigDecimal(arg.value()), CurrencyCode.of(arg.unit())));
            case PERCENT -> formats.number(new BigDecimal(arg.value()).stripTrailingZeros()) + "%";
            case DATE -> formats.date(LocalDate.parse(arg.value()), locale);
            case MESSAGE -> render(arg.message(), locale);
            case CODE -> bundles.getMessage(arg.value(), null, arg.value(), locale);
            case COUNTRY -> countries(arg.value(), locale);
        };
    }

    /**
     * "GB,JP" as the reader reads it: 英國、日本 / United Kingdom, Japan; a code a module's {@link CountryNaming} names (markets'
     * CHN) by that name; a code nobody knows stays a code.
     */
    private String countries(String codes, Locale locale) {
        List<CountryNaming> namers = countryNames == null ? List.of() : countryNames.orderedStream().toList();
        return joined(java.util.Arrays.stream(codes.split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .map(c -> {
                    if (c.length() != 2) {
                        for (CountryNaming n : namers) {
                            String name = n.name(c, locale);
                            if (name != null) {
                                return name;
                            }
                        }
                    }
                    return org.tradedesk.shared.CountryCode.displayName(c, locale);
                })
                .toList(), locale);
    }
}
