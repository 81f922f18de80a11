package org.tradedesk.tariff;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * No line with this code in the jurisdiction's active schedule. Problem code {@code tariff.item.not-found}; the text names
 * the code as typed and the schedule in the reader's language ("澳洲（AU）稅則中沒有號別 8542。").
 */
public class TariffItemNotFound extends TradedeskException {

    private TariffItemNotFound(Jurisdiction jurisdiction, String code) {
        super(Kind.NOT_FOUND, "tariff.item.not-found",
                MessageText.of("tariff.item.missing", MessageText.Arg.literal(code),
                        MessageText.Arg.code("tariff.jurisdiction." + jurisdiction.name())),
                "no tariff line " + code + " in the " + jurisdiction + " schedule");
    }

    public static TariffItemNotFound forCode(Jurisdiction jurisdiction, String code) {
        return new TariffItemNotFound(jurisdiction, code);
    }
}
