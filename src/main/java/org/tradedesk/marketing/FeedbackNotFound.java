package org.tradedesk.marketing;

import org.tradedesk.shared.TradedeskException;

/** A survey, survey answer or idea that is not one of this campaign's (404). */
public class FeedbackNotFound extends TradedeskException {

    FeedbackNotFound(String what, long id) {
        super(Kind.NOT_FOUND, "marketing." + what + ".not-found", "no " + what + " with id " + id + " in this campaign", String.valueOf(id));
    }
}
