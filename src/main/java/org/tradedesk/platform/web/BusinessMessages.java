package org.tradedesk.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tradedesk.shared.TradedeskException;

/** A business error in the reader's language, the same way on a page and in a problem detail. */
final class BusinessMessages {

    private BusinessMessages() {
    }

    static String of(MessageSource messages, TradedeskException e, Locale locale) {
        return messages.getMessage(e.messageCode(), e.arguments(), e.getMessage(), locale);
    }
}
