package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** Input to a clearance file that cannot be taken, with the field it concerns. */
public class ClearanceInputInvalid extends TradedeskException {

    private final String field;

    public ClearanceInputInvalid(String field, String messageCode, String message, Object... arguments) {
        super(Kind.INVALID, messageCode, message, arguments);
        this.field = field;
    }

    /** The field at fault (the JSON property and the form field share the name). */
    public String field() {
        return field;
    }

    static ClearanceInputInvalid unknownClient(long clientId) {
        return new ClearanceInputInvalid("clientId", "clearance.transaction.client-unknown", "no client with id " + clientId,
                String.valueOf(clientId));
    }
}
