package org.tradedesk.markets.importing;

import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.TradeRow;

/** Where a reader sends what it reads, one row at a time (nothing is collected by the reader itself). */
public interface RowSink {

    void row(TradeRow row);

    void rejected(Rejection rejection);
}
