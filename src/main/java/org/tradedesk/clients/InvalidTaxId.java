package org.tradedesk.clients;

import org.tradedesk.clients.domain.TaxIdCheck;
import org.tradedesk.shared.TradedeskException;

/** A tax id that fails its country's check-digit rule. */
public class InvalidTaxId extends TradedeskException {

    InvalidTaxId(TaxIdCheck check) {
        super(Kind.INVALID, check.messageCode(), check.reason());
    }
}
