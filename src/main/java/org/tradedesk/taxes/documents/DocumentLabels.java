package org.tradedesk.taxes.documents;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;

/** The documents' fixed labels from the taxes message bundles, in the reader's language or both. */
final class DocumentLabels {

    static final String PREFIX = "taxes.documents.";

    private final MessageSource messages;
    private final Locale locale;
    private final MessageTexts texts;

    DocumentLabels(MessageSource messages, Locale locale) {
        this(messages, locale, null);
    }

    DocumentLabels(MessageSource messages, Locale locale, MessageTexts texts) {
        this.messages = messages;
        this.locale = locale;
        this.texts = texts;
    }

    /** A step's legal reference in the reader's language ({@link LegalReferenceTexts}). */
    String law(String citation) {
        return LegalReferenceTexts.render(citation, messages, locale);
    }

    /** A message with typed arguments in the reader's language ({@code fallback} when it is null). */
    String render(MessageText text, String fallback) {
        return text == null || texts == null ? fallback : texts.render(text, locale);
    }

    /** A step's rate text in this language ({@link RateTexts}). */
    String rate(String rateText) {
        return RateTexts.render(rateText, messages, locale);
    }

    /** A unit's name in this language (個, 公斤), or {@code symbol} where the bundles do not name it. */
    String unit(org.tradedesk.shared.UnitOfMeasure unit, String symbol) {
        return messages.getMessage(org.tradedesk.taxes.domain.RateUnits.key(unit), null, symbol, locale);
    }

    String get(String key, Object... args) {
        return messages.getMessage(PREFIX + key, args, locale);
    }

    /** The label, or {@code fallback} when the bundle has no such key (a rounding code we do not name yet). */
    String orElse(String key, String fallback) {
        try {
            return messages.getMessage(PREFIX + key, null, locale);
        } catch (NoSuchMessageException e) {
            return fallback;
        }
    }

    /**
     * A step's rounding rule in this language, with the "to confirm" mark where the chain has no source for it, worded as the
     * screen words it ({@code taxes.rounding.toConfirm}, {@code TaxStep.roundingText}); a code we do not name yet as written.
     */
    String rounding(org.tradedesk.taxes.documents.TaxDocument.Step step) {
        String rule = orElse("rounding." + step.rounding().code(), step.rounding().code());
        return step.roundingToConfirm() ? messages.getMessage("taxes.rounding.toConfirm", new Object[] {rule}, locale) : rule;
    }

    /** Both languages, for bilingual header rows. */
    LocalizedText both(String key) {
        return LocalizedText.of(messages.getMessage(PREFIX + key, null, Locale.TRADITIONAL_CHINESE),
                messages.getMessage(PREFIX + key, null, Locale.ENGLISH));
    }

    Locale locale() {
        return locale;
    }
}
