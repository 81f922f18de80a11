package org.tradedesk.marketing;

import java.time.LocalDate;
import org.tradedesk.marketing.domain.ActionStatus;

/** A corrective action on a KPI target with its owner, due date and follow-up status (P3.3.1). */
public record CorrectiveActionView(long id, long version, long kpiId, String action, String owner, LocalDate due, ActionStatus status) {
}
