package org.tradedesk.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.TradedeskException;

/** A business error in the reader's language, the same way on a page and in a problem detail. */
final class BusinessMessages {

    private BusinessMessages() {
    }

    /** A failure raised with its text as data is rendered from it; an older one from its code and arguments. */
    static String of(MessageSource messages, MessageTexts texts, TradedeskException e, Locale locale) {
        if (e.messageText() != null) {
            return texts.render(e.messageText(), locale);
        }
        return messages.getMessage(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments(), locale), e.getMessage(), locale);
    }
}
