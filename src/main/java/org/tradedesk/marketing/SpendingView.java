package org.tradedesk.marketing;

import java.util.List;
import org.tradedesk.marketing.domain.BudgetVariance;
import org.tradedesk.marketing.domain.SpendEntry;

/** Budget vs actual of a campaign: the approved version it is measured against (null: none yet), the variance and every entry. */
public record SpendingView(CampaignId campaignId, BudgetVersion approved, BudgetVariance variance, List<SpendEntry> entries) {
}
