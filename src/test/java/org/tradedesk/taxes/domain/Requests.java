package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.definitions.ChainDefinitions;

/** Requests and chains for the named rules' tests. */
final class Requests {

    static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    static final LocalDate DATE = LocalDate.of(2025, 6, 2);

    private Requests() {
    }

    static ChainDefinition chain(String jurisdiction) {
        return CHAINS.forJurisdiction(jurisdiction, DATE);
    }

    static TaxRequest request(String jurisdiction, String currency, Incoterm incoterm, String freight, String insurance,
            TaxRequestLine... lines) {
        return new TaxRequest(jurisdiction, DATE, currency, incoterm, null, null, null, d(freight), d(insurance), null, null, null,
                List.of(lines));
    }

    static TaxRequestLine line(String tariffCode, String value) {
        return TaxRequestLine.of("goods", tariffCode, d(value), Map.of("duty", "5%"));
    }

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
