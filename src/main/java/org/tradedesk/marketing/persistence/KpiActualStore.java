package org.tradedesk.marketing.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.marketing.KpiActual;
import org.tradedesk.marketing.KpiActualView;
import org.tradedesk.marketing.KpiView;
import org.tradedesk.marketing.domain.KpiGap;

/** KPI actuals on the database (P3.3.1); one row per KPI and period, a second entry corrects the first. */
@Component
public class KpiActualStore {

    private final KpiActualRepository actuals;

    KpiActualStore(KpiActualRepository actuals) {
        this.actuals = actuals;
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
