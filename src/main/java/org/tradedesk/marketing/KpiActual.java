package org.tradedesk.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One actual of a KPI target for a period, given by the period's last day (P3.3.1). */
public record KpiActual(long kpiId, LocalDate periodEnd, BigDecimal actual) {
}
