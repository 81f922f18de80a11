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
            String known = legacyCode(f.text(), messages, locale);
            if (known != null) {
                return known;
            }
            return messages.getMessage(LEGACY, new Object[] {f.text() == null ? "" : f.text()}, f.text(), locale);
        }
        Object[] args = f.args() == null ? new Object[0] : f.args().toArray();
        return messages.getMessage(f.code(), org.tradedesk.platform.Formats.readerArguments(args, locale), f.code(), locale);
    }

    /** {@code markets.import.queue-full: the queue of import jobs …}: a message code, then the English detail. */
    private static final java.util.regex.Pattern CODED = java.util.regex.Pattern.compile(
            "([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+): .*", java.util.regex.Pattern.DOTALL);

    /**
     * t2fixM R7: a row stored before R11 as {@code "<code>: <English>"} whose code is a known message taking no arguments,
     * worded in {@code locale}; null otherwise (no code, an unknown one, or one whose arguments the row does not hold: that
     * row keeps its English text, said to be recorded in English).
     */
    private static String legacyCode(String text, MessageSource messages, Locale locale) {
        java.util.regex.Matcher m = text == null ? null : CODED.matcher(text.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        String pattern = messages.getMessage(m.group(1), null, null, locale);
        if (pattern == null) {
            return null;
        }
        try {
            if (new java.text.MessageFormat(pattern).getFormatsByArgumentIndex().length > 0) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return pattern;
    }
}
