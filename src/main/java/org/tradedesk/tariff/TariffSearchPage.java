package org.tradedesk.tariff;

import java.util.List;

/**
 * One page of ranked search hits. {@code emptyReason} says why a search found nothing, so the page can
 * say it and suggest what to try: {@code NO_DATA} (no schedule imported for the jurisdiction yet),
 * {@code NO_CHINESE_TEXT} (Chinese words on a schedule published without Chinese, that neither the HS
 * titles nor Taiwan's schedule could match), {@code NO_MATCH} (no line has the words or the code);
 * null when there are hits or no query.
 */
public record TariffSearchPage(Jurisdiction jurisdiction, String query, int page, int size, long total, List<Hit> hits,
                               String emptyReason, String checkDigitOf) {

    public static final String NO_DATA = "NO_DATA";
    public static final String NO_CHINESE_TEXT = "NO_CHINESE_TEXT";
    public static final String NO_MATCH = "NO_MATCH";
    public static final String INDEXING = "INDEXING";

    public TariffSearchPage {
        hits = List.copyOf(hits);
        if (total > 0) {
            emptyReason = null;
        }
    }

    public TariffSearchPage(Jurisdiction jurisdiction, String query, int page, int size, long total, List<Hit> hits, String emptyReason) {
        this(jurisdiction, query, page, size, total, hits, emptyReason, null);
    }

    /**
     * An 11-digit Taiwan code typed with a check digit the schedule does not print: the page of the line its first ten
     * digits name, with {@code checkDigitOf} its code as published, so the page can say which digit is right.
     */
    public TariffSearchPage withCheckDigitOf(String publishedCode) {
        return new TariffSearchPage(jurisdiction, query, page, size, total, hits, emptyReason, publishedCode);
    }

    /** The check digit the schedule prints, when the typed one differs. */
    public String expectedCheckDigit() {
        return checkDigitOf == null ? null : checkDigitOf.substring(checkDigitOf.length() - 1);
    }

    /** The published code in its printed form (0902.10.00.00-4), when the typed check digit differs. */
    public String expectedPrintedCode() {
        return checkDigitOf == null ? null : new org.tradedesk.shared.HsCode(checkDigitOf).dotted();
    }

    public TariffSearchPage(Jurisdiction jurisdiction, String query, int page, int size, long total, List<Hit> hits) {
        this(jurisdiction, query, page, size, total, hits, total == 0 && query != null && !query.isBlank() ? NO_MATCH : null);
    }

    public record Hit(TariffLine line, float score) {
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
