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
                               String emptyReason) {

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

    public TariffSearchPage(Jurisdiction jurisdiction, String query, int page, int size, long total, List<Hit> hits) {
        this(jurisdiction, query, page, size, total, hits, total == 0 && query != null && !query.isBlank() ? NO_MATCH : null);
    }

    public record Hit(TariffLine line, float score) {
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
