package org.tradedesk.tariff;

import java.time.LocalDate;
import java.util.List;

/** A tariff line and the measures in force on {@code date}, with the data version they come from. */
public record TariffLookup(Jurisdiction jurisdiction, TariffLine line, LocalDate date, List<TariffMeasure> measures,
                           DataVersion dataVersion) {

    public TariffLookup {
        measures = List.copyOf(measures);
    }
}
