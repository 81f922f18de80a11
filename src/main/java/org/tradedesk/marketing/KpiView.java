package org.tradedesk.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tradedesk.marketing.domain.KpiKind;

public record KpiView(long id, long version, CampaignId campaignId, Long activityId, KpiKind kind, BigDecimal target, String monitor,
        LocalDate due) {
}
