package org.tradedesk.clearance;

import java.time.LocalDate;
import org.tradedesk.clearance.domain.DisputeOutcome;
import org.tradedesk.shared.Money;

/** The end of a dispute: the outcome, the day it was decided, the amount refunded (in the dispute's currency) and a note. */
public record DisputeOutcomeDetails(DisputeOutcome outcome, LocalDate decidedOn, Money refunded, String note) {
}
