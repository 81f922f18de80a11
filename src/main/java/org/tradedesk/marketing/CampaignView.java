package org.tradedesk.marketing;

import java.time.Instant;
import java.time.LocalDate;
import org.tradedesk.marketing.domain.CampaignStatus;

/** A campaign as pages, documents and the API show it. */
public record CampaignView(CampaignId id, long version, String name, String market, String product, String decisionId,
        String decisionSummary, String objectives, String strategy, LocalDate start, LocalDate end, String owner,
        CampaignStatus status, String companyCurrency, String createdBy, Instant createdAt) {
}
