package org.tradedesk.marketing;

import java.time.Instant;
import java.util.List;
import org.tradedesk.marketing.domain.ActivityKind;
import org.tradedesk.marketing.domain.ComplianceAnswer;
import org.tradedesk.marketing.domain.ComplianceCategory;

/**
 * An activity's compliance checklist (P3.2.5) as answered: the market whose law applies ({@code marketCovered}
 * false when the desk keeps no legal items for it: only the safety, ethics and cultural checks are listed),
 * each item with its answer, and whether the activity is ready (who marked it, when).
 */
public record ComplianceView(CampaignId campaignId, long activityId, String activityName, ActivityKind kind, String market,
        boolean marketCovered, List<Item> items, List<String> openMandatory, boolean ready, String readyBy, Instant readyAt) {

    /** One item: the question and citation are messages {@code marketing.compliance.item.<code>} / {@code .cite.<code>}. */
    public record Item(String code, String jurisdiction, ComplianceCategory category, boolean mandatory, String url,
            ComplianceAnswer answer, String note, String answeredBy, Instant answeredAt, boolean open) {
    }
}
