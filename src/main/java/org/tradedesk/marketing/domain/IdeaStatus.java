package org.tradedesk.marketing.domain;

import java.util.Set;

/** A staff idea's path (P3.3.3): proposed → under review → accepted or rejected; accepted → done. */
public enum IdeaStatus {
    PROPOSED, UNDER_REVIEW, ACCEPTED, REJECTED, DONE;

    public Set<IdeaStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(UNDER_REVIEW);
            case UNDER_REVIEW -> Set.of(ACCEPTED, REJECTED);
            case ACCEPTED -> Set.of(DONE);
            case REJECTED, DONE -> Set.of();
        };
    }

    public boolean canMoveTo(IdeaStatus to) {
        return to != null && next().contains(to);
    }

    /** Accepting or rejecting is a decision and needs its reason. */
    public boolean isDecision() {
        return this == ACCEPTED || this == REJECTED;
    }
}
