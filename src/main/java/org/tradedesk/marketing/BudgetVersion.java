package org.tradedesk.marketing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.tradedesk.marketing.domain.BudgetLine;
import org.tradedesk.marketing.domain.BudgetStatus;
import org.tradedesk.marketing.domain.BudgetTotals;

/** One version of a campaign budget with its lines, totals and review (P3.1.5, P3.1.6, O3.1.2). */
public record BudgetVersion(long id, long version, CampaignId campaignId, int number, BudgetStatus status,
        String companyCurrency, BigDecimal contingencyPercent, List<BudgetLine> lines, BudgetTotals totals, String comment,
        String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, String createdBy, Instant createdAt) {

    public BudgetVersion {
        contingencyPercent = org.tradedesk.marketing.domain.Decimals.plain(contingencyPercent);
    }
}
