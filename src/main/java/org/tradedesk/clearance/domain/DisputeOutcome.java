package org.tradedesk.clearance.domain;

import java.math.BigDecimal;

/**
 * How a dispute with customs ended, for the client: their case UPHELD (the decision set aside), PARTLY_UPHELD,
 * REFUSED (the decision stands) or WITHDRAWN. {@link #refundProblem} is the rule on the amount refunded:
 * nothing when refused or withdrawn; more than nothing and less than the amount in dispute when partly upheld; at most
 * the amount in dispute when upheld (nothing is refunded of a sum never paid, so 0 is allowed).
 */
public enum DisputeOutcome {
    UPHELD, PARTLY_UPHELD, REFUSED, WITHDRAWN;

    /** The message code of what is wrong with {@code refunded} for this outcome, or null when it is right. */
    public String refundProblem(BigDecimal inDispute, BigDecimal refunded) {
        if (refunded.signum() < 0) {
            return "clearance.dispute.refund.negative";
        }
        return switch (this) {
            case REFUSED, WITHDRAWN -> refunded.signum() == 0 ? null : "clearance.dispute.refund.none-when-refused";
            case PARTLY_UPHELD -> refunded.signum() > 0 && refunded.compareTo(inDispute) < 0 ? null
                    : "clearance.dispute.refund.partly";
            case UPHELD -> refunded.compareTo(inDispute) <= 0 ? null : "clearance.dispute.refund.above-dispute";
        };
    }

    /** Whether nothing is refunded on this outcome (refused, withdrawn): no refund need be given. */
    public boolean refundsNothing() {
        return this == REFUSED || this == WITHDRAWN;
    }

    /** What the client still bears of the amount in dispute after the refund. */
    public static BigDecimal stillBorne(BigDecimal inDispute, BigDecimal refunded) {
        return inDispute.subtract(refunded);
    }
}
