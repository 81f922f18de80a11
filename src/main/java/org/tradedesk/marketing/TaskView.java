package org.tradedesk.marketing;

import java.time.LocalDate;

public record TaskView(long id, long version, CampaignId campaignId, Long activityId, String title, String responsible,
        String accountable, String consulted, String informed, LocalDate due, boolean done) {
}
