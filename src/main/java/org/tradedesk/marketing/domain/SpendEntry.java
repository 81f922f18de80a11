package org.tradedesk.marketing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.tradedesk.shared.Money;

/**
 * Actual spend recorded against one line of an approved budget version (P3.2.3): the line it was booked
 * to ({@code budgetNumber}, {@code lineNumber} 1-based, and the line's activity, category and
 * description as they were, so the entry can still be matched when a later version is approved), the
 * amount in the currency paid, the date, the supplier, the receipt reference, and the rate to the company
 * currency with its date and source (rate 1, no date or source, in the company currency), and the
 * amount converted and rounded like the budget lines.
 */
public record SpendEntry(long id, int budgetNumber, int lineNumber, Long activityId, BudgetCategory category, String lineDescription,
        Money amount, LocalDate spentOn, String supplier, String receipt, BigDecimal rate, LocalDate rateDate, String rateSource,
        Money converted, String recordedBy, Instant recordedAt) {

    public SpendEntry {
        rate = Decimals.plain(rate);
    }
}
