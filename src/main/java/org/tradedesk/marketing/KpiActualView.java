package org.tradedesk.marketing;

import java.time.Instant;
import java.time.LocalDate;
import org.tradedesk.marketing.domain.KpiGap;
import org.tradedesk.marketing.domain.KpiKind;

/** A KPI actual as stored, with its gap against the target (P3.3.1, P3.3.2). */
public record KpiActualView(long id, long kpiId, KpiKind kind, LocalDate periodEnd, KpiGap gap, String recordedBy, Instant recordedAt) {
}
