package org.tradedesk.markets;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tradedesk.shared.TradedeskException;

/**
 * A Comtrade fetch failed part-way: the pages done are kept with the fetch job and {@code POST
 * /api/v1/markets/comtrade-fetches/{id}/resume} continues from the first page not done (the problem detail carries
 * {@code fetch}, {@code pagesDone}, {@code pagesTotal} and {@code resume}). The cause is worded inside the message.
 */
public class ComtradeFetchBrokenOff extends TradedeskException {

    private final long fetch;
    private final int pagesDone;
    private final int pagesTotal;

    public ComtradeFetchBrokenOff(TradedeskException cause, long fetch, int pagesDone, int pagesTotal) {
        super(Kind.CONFLICT, "markets.comtrade.broken-off", "Comtrade fetch " + fetch + " stopped after " + pagesDone + " of " + pagesTotal
                + " pages: " + cause.getMessage(), new DefaultMessageSourceResolvable(new String[] {cause.messageCode()}, cause.arguments(),
                cause.messageCode()), pagesDone, pagesTotal, fetch);
        initCause(cause);
        this.fetch = fetch;
        this.pagesDone = pagesDone;
        this.pagesTotal = pagesTotal;
    }

    public long fetch() {
        return fetch;
    }

    @Override
    public Map<String, Object> problemProperties() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fetch", fetch);
        m.put("pagesDone", pagesDone);
        m.put("pagesTotal", pagesTotal);
        m.put("resume", "/api/v1/markets/comtrade-fetches/" + fetch + "/resume");
        return m;
    }
}
