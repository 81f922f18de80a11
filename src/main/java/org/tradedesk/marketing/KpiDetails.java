package org.tradedesk.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tradedesk.marketing.domain.KpiKind;

/** A KPI target for the campaign or one of its activities, with the person who monitors it and by when (P3.2.4). */
public record KpiDetails(Long activityId, KpiKind kind, BigDecimal target, String monitor, LocalDate due) {
}
