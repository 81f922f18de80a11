package org.tradedesk.marketing.domain;

import java.util.EnumSet;
import java.util.Set;
import org.tradedesk.shared.TradedeskException;

/** Life of a campaign: planned, then running, then closed; it may be cancelled before it closes. */
public enum CampaignStatus {
    PLANNING, RUNNING, CLOSED, CANCELLED;

    public Set<CampaignStatus> next() {
        return switch (this) {
            case PLANNING -> EnumSet.of(RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }

    /** Throws a CONFLICT naming both states when the move is not allowed. */
    public CampaignStatus moveTo(CampaignStatus target) {
        if (!next().contains(target)) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "marketing.campaign.status",
                    "a campaign in status " + this + " cannot become " + target, this.name(), String.valueOf(target));
        }
        return target;
    }
}
