package org.tradedesk.tariff;

import java.util.List;

/** One page of ranked search hits. */
public record TariffSearchPage(Jurisdiction jurisdiction, String query, int page, int size, long total, List<Hit> hits) {

    public TariffSearchPage {
        hits = List.copyOf(hits);
    }

    public record Hit(TariffLine line, float score) {
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
