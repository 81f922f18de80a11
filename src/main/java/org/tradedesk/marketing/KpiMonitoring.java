package org.tradedesk.marketing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.marketing.domain.ActionStatus;
import org.tradedesk.marketing.domain.KpiGap;
import org.tradedesk.marketing.domain.KpiKind;
import org.tradedesk.marketing.importing.KpiActualsCsv;
import org.tradedesk.marketing.persistence.KpiActualStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monitoring of a campaign's KPI targets (P3.3.1, P3.3.2): actuals per target and period, entered one
 * at a time or imported from CSV (the whole file or nothing), each with its gap against the target.
 * Every recording is audited in the same transaction.
 */
@Service
public class KpiMonitoring {

    static final String ACTUAL = "marketing-kpi-actual";
    static final String ACTION = "marketing-corrective-action";

    private final Campaigns campaigns;
    private final KpiActualStore store;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    KpiMonitoring(Campaigns campaigns, KpiActualStore store, AuditTrail audit, JsonMapper json, Clock clock) {
        this.campaigns = campaigns;
        this.store = store;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Records (or corrects) one actual of a KPI target of this campaign for the period ending on {@code periodEnd}. */
    @Transactional
    public void record(CampaignId id, long kpiId, LocalDate periodEnd, BigDecimal actual) {
        KpiView kpi = kpiOf(id, kpiId);
        if (periodEnd == null || actual == null) {
            throw new MarketingInputInvalid("marketing.actual.incomplete", "an actual needs the period end and a number");
        }
        if (!KpiGap.acceptsActual(kpi.kind(), actual)) {
            throw new MarketingInputInvalid("marketing.actual.range", "the actual is out of range for " + kpi.kind(),
                    new org.springframework.context.support.DefaultMessageSourceResolvable("marketing.kpi.kind." + kpi.kind()));
        }
        save(id, List.of(new KpiActual(kpiId, periodEnd, actual)));
    }

    /** Imports a CSV of actuals; a bad row refuses the whole file (see {@link KpiActualsCsv}). Returns the rows saved. */
    @Transactional
    public int importCsv(CampaignId id, byte[] content) {
        Map<Long, KpiKind> kinds = campaigns.kpis(id).stream().collect(Collectors.toMap(KpiView::id, KpiView::kind));
        List<KpiActual> rows = KpiActualsCsv.read(content, kinds);
        save(id, rows);
        return rows.size();
    }

    /** KPI achievement per campaign id (dashboard; one query). */
    @Transactional(readOnly = true)
    public Map<Long, org.tradedesk.marketing.domain.KpiAchievement> achievementByCampaign(java.util.Collection<Long> campaignIds) {
        return store.achievementByCampaign(campaignIds);
    }

    /** Every actual of the campaign's KPI targets, by target then period, with the gap. */
    @Transactional(readOnly = true)
    public List<KpiActualView> actuals(CampaignId id) {
        return store.actuals(campaigns.kpis(id));
    }

    /** The latest actual of each KPI target (by period), keyed by the target's id. */
    @Transactional(readOnly = true)
    public Map<Long, KpiActualView> latest(CampaignId id) {
        return actuals(id).stream().collect(Collectors.toMap(KpiActualView::kpiId, Function.identity(),
                (a, b) -> a.periodEnd().isAfter(b.periodEnd()) ? a : b));
    }

    /** Adds a corrective action on a KPI target of this campaign, with its owner and due date (P3.3.1). */
    @Transactional
    public CorrectiveActionView addAction(CampaignId id, long kpiId, String action, String owner, LocalDate due) {
        kpiOf(id, kpiId);
        if (action == null || action.isBlank() || action.length() > 500 || owner == null || owner.isBlank() || owner.length() > 100
                || due == null) {
            throw new MarketingInputInvalid("marketing.action.incomplete",
                    "a corrective action needs what is to be done (at most 500 characters), its owner and a due date");
        }
        CorrectiveActionView v = store.addAction(kpiId, action.strip(), owner.strip(), due);
        audit.record(ACTION, String.valueOf(v.id()), AuditAction.CREATED, null, json.writeValueAsString(v));
        return v;
    }

    /** Moves a corrective action to its next follow-up status (open → in progress → done). */
    @Transactional
    public CorrectiveActionView moveAction(CampaignId id, long actionId, long version, ActionStatus next) {
        Set<Long> kpiIds = campaigns.kpis(id).stream().map(KpiView::id).collect(Collectors.toSet());
        CorrectiveActionView v = store.moveAction(kpiIds, actionId, version, next);
        audit.record(ACTION, String.valueOf(actionId), AuditAction.CHANGED, null, json.writeValueAsString(v));
        return v;
    }

    @Transactional(readOnly = true)
    public List<CorrectiveActionView> actions(CampaignId id) {
        return store.actions(campaigns.kpis(id).stream().map(KpiView::id).collect(Collectors.toSet()));
    }

    private KpiView kpiOf(CampaignId id, long kpiId) {
        return campaigns.kpis(id).stream().filter(k -> k.id() == kpiId).findFirst()
                .orElseThrow(() -> new MarketingInputInvalid("marketing.actual.kpi-unknown", "KPI " + kpiId + " is not a KPI of this campaign",
                        String.valueOf(kpiId)));
    }

    private void save(CampaignId id, List<KpiActual> rows) {
        store.record(rows, CurrentUser.name(), Instant.now(clock));
        audit.record(ACTUAL, id.toString(), AuditAction.CHANGED, null, json.writeValueAsString(rows));
    }
}
