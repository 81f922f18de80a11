package org.tradedesk.marketing;

/** A staff idea for improving the campaign (P3.3.3): the activity it concerns (optional), the market (optional) and the idea. */
public record IdeaDetails(Long activityId, String market, String idea) {
}
