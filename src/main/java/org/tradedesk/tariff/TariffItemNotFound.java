package org.tradedesk.tariff;

import org.tradedesk.shared.TradedeskException;

/** No line with this code in the jurisdiction's active schedule. */
public class TariffItemNotFound extends TradedeskException {

    private TariffItemNotFound(Jurisdiction jurisdiction, String code) {
        super(Kind.NOT_FOUND, "tariff.item.not-found",
                "no tariff line " + code + " in the " + jurisdiction + " schedule", code, jurisdiction);
    }

    public static TariffItemNotFound forCode(Jurisdiction jurisdiction, String code) {
        return new TariffItemNotFound(jurisdiction, code);
    }
}
