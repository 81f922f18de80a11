package org.tradedesk.platform;

import java.util.List;
import java.util.Locale;

/** The two languages of the interface and of every generated document. */
public final class SupportedLocales {

    public static final Locale ZH_TW = Locale.TRADITIONAL_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(ZH_TW, EN);

    private SupportedLocales() {
    }

    /** Any Chinese is shown in Traditional Chinese; any other language in English. */
    public static Locale normalise(Locale locale) {
        if (locale == null) {
            return ZH_TW;
        }
        return "zh".equals(locale.getLanguage()) ? ZH_TW : EN;
    }

    /** Parses "zh-TW", "zh_TW", "en"; null or blank gives zh-TW. */
    public static Locale parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return ZH_TW;
        }
        return normalise(Locale.forLanguageTag(tag.replace('_', '-')));
    }
}
