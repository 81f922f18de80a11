package org.tradedesk.markets.importing;

import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.TradeRow;

/** Where a reader sends what it reads, one row at a time (nothing is collected by the reader itself). */
public interface RowSink {

    void row(TradeRow row);

    /**
     * The row with the file line it was read from and, for a format with dimensions the row does not keep (Comtrade v1's mode of
     * transport, mode of supply, customs procedure), those codes as one string ({@code breakdownKey}, null otherwise): the import
     * finds rows repeating another row's full key by them (t2fixS). Sinks that do not look for repeats take the row alone.
     */
    default void row(TradeRow row, long line, String breakdownKey) {
        row(row);
    }

    void rejected(Rejection rejection);
}
