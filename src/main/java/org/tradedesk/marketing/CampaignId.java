package org.tradedesk.marketing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.tradedesk.shared.InvalidValueException;

/** A marketing campaign, by the number the marketing module gave it (REST keeps the plain number). */
public record CampaignId(@JsonValue long value) {

    public CampaignId {
        if (value <= 0) {
            throw new InvalidValueException("marketing.campaign.id.invalid", "a campaign id is a positive number: " + value);
        }
    }

    @JsonCreator
    public static CampaignId of(long value) {
        return new CampaignId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
