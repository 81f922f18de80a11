package org.tradedesk.taxes;

import org.tradedesk.shared.TradedeskException;

/** No saved calculation has this id. */
public class TaxCalculationNotFound extends TradedeskException {

    private TaxCalculationNotFound(String id) {
        super(Kind.NOT_FOUND, "taxes.calculation.not-found", "no saved tax calculation " + id, id);
    }

    public static TaxCalculationNotFound forId(Object id) {
        return new TaxCalculationNotFound(String.valueOf(id));
    }
}
