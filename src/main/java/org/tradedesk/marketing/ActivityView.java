package org.tradedesk.marketing;

import java.math.BigDecimal;
import org.tradedesk.marketing.domain.ActivityKind;
import org.tradedesk.shared.Money;

/** A candidate activity; {@code chosen} when the latest selection run chose it. */
public record ActivityView(long id, long version, CampaignId campaignId, ActivityKind kind, String name, String description,
        Money estimatedCost, BigDecimal effortDays, boolean chosen) {
}
