package org.tradedesk.marketing;

import java.math.BigDecimal;
import org.tradedesk.marketing.domain.ActivityKind;
import org.tradedesk.shared.Money;

/** A candidate activity as the user gives it (P3.1.3): kind, name, estimated cost and effort in person-days. */
public record ActivityDetails(ActivityKind kind, String name, String description, Money estimatedCost, BigDecimal effortDays) {
}
