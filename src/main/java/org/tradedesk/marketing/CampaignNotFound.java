package org.tradedesk.marketing;

import org.tradedesk.shared.TradedeskException;

public class CampaignNotFound extends TradedeskException {

    private CampaignNotFound(String what, long id) {
        super(Kind.NOT_FOUND, "marketing." + what + ".not-found", "no " + what + " with id " + id, String.valueOf(id));
    }

    public static CampaignNotFound campaign(long id) {
        return new CampaignNotFound("campaign", id);
    }

    public static CampaignNotFound activity(long id) {
        return new CampaignNotFound("activity", id);
    }

    public static CampaignNotFound task(long id) {
        return new CampaignNotFound("task", id);
    }

    public static CampaignNotFound budget(long id) {
        return new CampaignNotFound("budget", id);
    }
}
