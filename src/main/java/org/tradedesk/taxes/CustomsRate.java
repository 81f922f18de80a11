package org.tradedesk.taxes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customs exchange rate of the taxes module's effective-dated table, as another module may read it: local currency
 * per one unit of the foreign currency (an Australian rate published as foreign per A$1 is turned round), the
 * publisher's source and the period it is in force (to null: open).
 */
public record CustomsRate(String jurisdiction, String currency, String localCurrency, BigDecimal localPerForeign, String source,
        LocalDate effectiveFrom, LocalDate effectiveTo) {
}
