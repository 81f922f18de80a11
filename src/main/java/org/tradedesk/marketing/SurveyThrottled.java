package org.tradedesk.marketing;

import org.tradedesk.shared.TradedeskException;

/** Too many answers to one survey from one client address within the window (the public page answers 429). */
public class SurveyThrottled extends TradedeskException {

    SurveyThrottled(int limit, long minutes) {
        super(Kind.CONFLICT, "marketing.survey.throttled", "at most " + limit + " answers from one address in " + minutes + " minutes",
                String.valueOf(limit), String.valueOf(minutes));
    }
}
