package org.tradedesk.marketing;

import java.time.LocalDate;
import org.tradedesk.marketing.domain.BudgetStatus;
import org.tradedesk.marketing.domain.CampaignStatus;
import org.tradedesk.shared.Money;

/**
 * One row of the campaigns dashboard: status, activities, and the budget as estimated (total of the
 * latest version, whatever its state) against approved (total of the latest approved version; null if none).
 */
public record CampaignSummary(CampaignId id, String name, String market, String product, CampaignStatus status, String owner,
        LocalDate start, LocalDate end, long activities, long chosenActivities, BudgetStatus budgetStatus, Money estimated,
        Money approved) {
}
