package org.tradedesk.marketing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.platform.WorkItem;
import org.tradedesk.platform.WorkQueueProvider;
import org.tradedesk.shared.MessageText;

/** On the home page: the user's open campaign tasks due within 7 days or passed. */
@Component
class MarketingWorkQueue implements WorkQueueProvider {

    static final int DAYS_AHEAD = 7;

    private final Campaigns campaigns;
    private final org.tradedesk.platform.BusinessCalendar calendar;

    MarketingWorkQueue(Campaigns campaigns, org.tradedesk.platform.BusinessCalendar calendar) {
        this.campaigns = campaigns;
        this.calendar = calendar;
    }

    @Override
    public List<WorkItem> workForCurrentUser() {
        LocalDate today = calendar.today();
        return campaigns.openTasksOf(CurrentUser.name()).stream()
                .filter(t -> t.due() != null && !t.due().isAfter(today.plusDays(DAYS_AHEAD)))
                .map(t -> new WorkItem("home.queue.area.marketing", MessageText.of("marketing.work.task"), t.title(),
                        "/marketing/campaigns/" + t.campaignId().value(), t.due(), t.due().isBefore(today)))
                .toList();
    }
}
