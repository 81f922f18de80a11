package org.tradedesk.marketing;

import java.time.Instant;
import java.util.List;
import org.tradedesk.marketing.domain.IdeaStatus;

/** A logged staff idea with its votes (one per person) and, once decided, the decision, who took it and when. */
public record IdeaView(long id, long version, CampaignId campaignId, Long activityId, String market, String idea, String author,
        Instant createdAt, IdeaStatus status, String decision, String decidedBy, Instant decidedAt, List<String> voters) {

    public int votes() {
        return voters.size();
    }
}
