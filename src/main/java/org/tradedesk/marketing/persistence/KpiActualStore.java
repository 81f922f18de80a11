package org.tradedesk.marketing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.marketing.BudgetLocked;
import org.tradedesk.marketing.CorrectiveActionView;
import org.tradedesk.marketing.KpiActual;
import org.tradedesk.marketing.MarketingInputInvalid;
import org.tradedesk.marketing.domain.ActionStatus;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.marketing.KpiActualView;
import org.tradedesk.marketing.KpiView;
import org.tradedesk.marketing.domain.KpiGap;

/** KPI actuals on the database (P3.3.1); one row per KPI and period, a second entry corrects the first. */
@Component
public class KpiActualStore {

    private final KpiActualRepository actuals;
    private final CorrectiveActionRepository actions;

    KpiActualStore(KpiActualRepository actuals, CorrectiveActionRepository actions) {
        this.actuals = actuals;
        this.actions = actions;
    }

    /** KPI achievement per campaign for the dashboard, one query whatever the number of campaigns. */
    @Transactional(readOnly = true)
    public Map<Long, org.tradedesk.marketing.domain.KpiAchievement> achievementByCampaign(java.util.Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, org.tradedesk.marketing.domain.KpiAchievement.Builder> by = new java.util.LinkedHashMap<>();
        for (Object[] r : actuals.latestByCampaign(campaignIds)) {
            by.computeIfAbsent(((Number) r[0]).longValue(), k -> new org.tradedesk.marketing.domain.KpiAchievement.Builder())
                    .add((org.tradedesk.marketing.domain.KpiKind) r[1], (java.math.BigDecimal) r[2], (java.math.BigDecimal) r[3]);
        }
        Map<Long, org.tradedesk.marketing.domain.KpiAchievement> out = new java.util.HashMap<>();
        by.forEach((k, b) -> out.put(k, b.build()));
        return out;
    }

    @Transactional
    public CorrectiveActionView addAction(long kpiId, String action, String owner, LocalDate due) {
        return actions.saveAndFlush(new CorrectiveActionEntity(kpiId, action, owner, due)).toView();
    }

    /** Moves an action of one of these KPI targets to the next follow-up status, refusing a stale edit. */
    @Transactional
    public CorrectiveActionView moveAction(Set<Long> kpiIds, long actionId, long expectedVersion, ActionStatus next) {
        CorrectiveActionEntity e = actions.findById(actionId).filter(a -> kpiIds.contains(a.kpiId()))
                .orElseThrow(() -> new MarketingInputInvalid("marketing.action.unknown", "no such corrective action", String.valueOf(actionId)));
        if (e.toView().version() != expectedVersion) {
            throw new BudgetLocked(TradedeskException.Kind.CONFLICT, "error.stale-edit",
                    "the record was changed by someone else (version " + e.toView().version() + ", edit based on " + expectedVersion + ")");
        }
        e.moveTo(next);
        return actions.saveAndFlush(e).toView();
    }

    @Transactional(readOnly = true)
    public List<CorrectiveActionView> actions(Set<Long> kpiIds) {
        return kpiIds.isEmpty() ? List.of()
                : actions.findByKpiIdInOrderByDueDateAscIdAsc(kpiIds).stream().map(CorrectiveActionEntity::toView).toList();
    }

    @Transactional
    public void record(List<KpiActual> rows, String user, Instant now) {
        for (KpiActual r : rows) {
            KpiActualEntity e = actuals.findByKpiIdAndPeriodEnd(r.kpiId(), r.periodEnd())
                    .orElseGet(() -> new KpiActualEntity(r.kpiId(), r.periodEnd()));
            e.record(r.actual(), user, now);
            actuals.saveAndFlush(e);
        }
    }

    /** The actuals of these KPI targets, by KPI then period, each with its gap against the target. */
    @Transactional(readOnly = true)
    public List<KpiActualView> actuals(List<KpiView> kpis) {
        if (kpis.isEmpty()) {
            return List.of();
        }
        Map<Long, KpiView> byId = kpis.stream().collect(Collectors.toMap(KpiView::id, Function.identity()));
        return actuals.findByKpiIdInOrderByKpiIdAscPeriodEndAsc(byId.keySet()).stream().map(e -> {
            KpiView k = byId.get(e.kpiId());
            return new KpiActualView(e.id(), e.kpiId(), k.kind(), e.periodEnd(), KpiGap.of(k.kind(), k.target(), e.actual()),
                    e.recordedBy(), e.recordedAt());
        }).toList();
    }
}
