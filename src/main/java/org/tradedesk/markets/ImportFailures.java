package org.tradedesk.markets;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Why an import failed, worded in the reader's language from the stored message code and its arguments
 * ({@link DatasetView#failureArguments}). A row stored before t2minor under {@code markets.import.failed} kept the
 * exception's English text as its argument; it is read, when rendered, as {@code markets.import.failed.stored} (the import
 * number only, the English text never shown) — a read-time upgrade like the modules' {@code StoredMessageUpgrade}s: the
 * stored row is not rewritten. The patterns print the line with {@code {0,number,#}}, so the arguments go to the bundle
 * as numbers (not through {@code MessageTexts}, which hands them over as formatted text).
 */
public final class ImportFailures {

    /** The code old rows were stored under, with the exception's English message as argument 1. */
    static final String OLD_FAILED = "markets.import.failed";

    /** The same failure read now: the import stopped on an error; the number to give the administrator. */
    static final String STORED_FAILED = "markets.import.failed.stored";

    private ImportFailures() {
    }

    /** The failure's text in {@code locale}; null when the import did not fail. */
    public static String text(DatasetView v, MessageSource messages, Locale locale) {
        if (v.messageCode() == null) {
            return null;
        }
        String code = v.messageCode();
        List<Object> args = v.failureArguments();
        if (OLD_FAILED.equals(code)) {
            code = STORED_FAILED;
            args = List.of(v.messageLine() == null ? 0L : v.messageLine(), String.valueOf(v.id()));
        }
        return messages.getMessage(code, org.tradedesk.platform.Formats.readerArguments(args.toArray(), locale),
                messages.getMessage("markets.import.failed.unknown", new Object[] {String.valueOf(v.id())}, code, locale), locale);
    }
}
