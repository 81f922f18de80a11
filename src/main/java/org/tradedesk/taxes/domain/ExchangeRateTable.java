package org.tradedesk.taxes.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.tradedesk.shared.CurrencyCode;

/** Port to the effective-dated customs exchange rates of each jurisdiction. */
public interface ExchangeRateTable {

    Optional<ExchangeRate> find(String jurisdiction, CurrencyCode currency, LocalDate date);

    /** A table with no rows: every foreign currency then needs a rate in the request. */
    ExchangeRateTable EMPTY = (jurisdiction, currency, date) -> Optional.empty();
}
