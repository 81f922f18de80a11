package org.tradedesk.taxes;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;

/** The engine's texts rendered with the application's bundles, without Spring, for tests that read them. */
public final class EngineTexts {

    private static final MessageTexts TEXTS;

    static {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/taxes", "i18n/tariff");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        TEXTS = new MessageTexts(bundles, new Formats(Clock.system(ZoneOffset.UTC)));
    }

    private EngineTexts() {
    }

    public static MessageTexts renderer() {
        return TEXTS;
    }

    public static String en(MessageText text) {
        return TEXTS.render(text, Locale.ENGLISH);
    }

    public static String zh(MessageText text) {
        return TEXTS.render(text, Locale.TRADITIONAL_CHINESE);
    }
}
