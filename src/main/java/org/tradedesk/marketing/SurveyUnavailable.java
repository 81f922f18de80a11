package org.tradedesk.marketing;

import java.time.Instant;
import org.tradedesk.shared.TradedeskException;

/** The public link leads to no survey that takes answers: unknown, closed by staff, or past its last day. */
public class SurveyUnavailable extends TradedeskException {

    public enum Reason { UNKNOWN, CLOSED, EXPIRED }

    private final Reason reason;
    private final transient Instant since;

    SurveyUnavailable(Reason reason, Instant since) {
        super(reason == Reason.UNKNOWN ? Kind.NOT_FOUND : Kind.CONFLICT, "marketing.survey.unavailable." + reason,
                "the survey " + (reason == Reason.UNKNOWN ? "does not exist" : "no longer takes answers"));
        this.reason = reason;
        this.since = since;
    }

    public Reason reason() {
        return reason;
    }

    /** When it closed or expired; null for an unknown link. */
    public Instant since() {
        return since;
    }
}
