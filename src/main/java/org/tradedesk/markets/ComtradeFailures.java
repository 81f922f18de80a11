package org.tradedesk.markets;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tradedesk.markets.persistence.ComtradeFetchStore;

/**
 * Why a Comtrade fetch stopped, worded in the reader's language from the stored message code and its arguments (code read
 * R11: it was kept as one English text). A row stored before keeps that text only: it is read as
 * {@code markets.comtrade.failure.legacy}, saying it was recorded in English, the text beside it (the row is not rewritten).
 */
public final class ComtradeFailures {

    static final String LEGACY = "markets.comtrade.failure.legacy";

    private ComtradeFailures() {
    }

    /** The failure's text in {@code locale}; null when the fetch has not failed. */
    public static String text(ComtradeFetchStore.Failure f, MessageSource messages, Locale locale) {
        if (f == null) {
            return null;
        }
        if (f.code() == null) {
            return messages.getMessage(LEGACY, new Object[] {f.text() == null ? "" : f.text()}, f.text(), locale);
        }
        Object[] args = f.args() == null ? new Object[0] : f.args().toArray();
        return messages.getMessage(f.code(), org.tradedesk.platform.Formats.readerArguments(args, locale), f.code(), locale);
    }
}
