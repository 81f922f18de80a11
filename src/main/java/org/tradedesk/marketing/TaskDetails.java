package org.tradedesk.marketing;

import java.time.LocalDate;

/**
 * A task of a campaign (P3.2.1 – P3.2.3) with its RACI roles: one person responsible for doing it, one
 * accountable for it (exactly one, as RACI requires), those consulted and those informed (free lists of
 * names), and its due date; optionally for one activity.
 */
public record TaskDetails(Long activityId, String title, String responsible, String accountable, String consulted,
        String informed, LocalDate due) {
}
