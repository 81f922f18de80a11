package org.tradedesk.marketing;

import java.time.LocalDate;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.HsCode;

/** What the user gives for a campaign (P3.1.1, P3.1.2); {@code decision} may be null. */
public record CampaignDetails(String name, CountryCode market, HsCode product, MarketDecisionRef decision, String objectives,
        String strategy, LocalDate start, LocalDate end, String owner, CurrencyCode companyCurrency) {
}
