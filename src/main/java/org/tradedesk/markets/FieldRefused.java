package org.tradedesk.markets;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * A refusal worded as a whole sentence (its own code, e.g. {@code markets.tariff.market.no-line}) that still concerns one
 * field of the request: the API's problem detail keeps its code and detail and lists the field in {@code errors[]}
 * (field, label, message) as a {@link ParameterInvalid} does (t2fixO: these answers had no {@code errors[]}).
 */
public class FieldRefused extends TradedeskException {

    private final String field;

    public FieldRefused(String field, MessageText text, String message) {
        super(Kind.INVALID, text, message);
        this.field = field;
    }

    /** The field's path in the request ({@code tariffCodes.AUS}, {@code comparison}). */
    public String field() {
        return field;
    }
}
