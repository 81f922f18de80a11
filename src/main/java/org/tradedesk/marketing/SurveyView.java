package org.tradedesk.marketing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A campaign's feedback survey as staff see it; {@code token} is the unguessable part of its public link. */
public record SurveyView(long id, long version, CampaignId campaignId, String token, String titleEn, String titleZh, boolean askContact,
        String privacyContact, Instant expiresAt, Instant closedAt, String closedBy, String createdBy, Instant createdAt,
        List<SurveyQuestion> questions, int responses) {

    public enum State { OPEN, CLOSED, EXPIRED }

    public State state(Instant now) {
        if (closedAt != null) {
            return State.CLOSED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    public String title(Locale locale) {
        return Feedback.chinese(locale) ? titleZh : titleEn;
    }

    public String publicPath() {
        return "/survey/" + token;
    }
}
