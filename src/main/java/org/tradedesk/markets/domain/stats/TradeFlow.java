package org.tradedesk.markets.domain.stats;

/** Direction of a trade flow as the statistics report it (Comtrade {@code M} / {@code X}). */
public enum TradeFlow {
    IMPORT, EXPORT;

    public TradeFlow mirror() {
        return this == IMPORT ? EXPORT : IMPORT;
    }
}
