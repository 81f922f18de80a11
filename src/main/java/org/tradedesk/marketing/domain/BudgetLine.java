package org.tradedesk.marketing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tradedesk.shared.Money;

/**
 * One line of a campaign budget: what it pays for, for which activity (or none: campaign-wide), the
 * amount in the currency it is quoted in, and the rate to the company currency the user entered, with
 * the rate's date and source (kept per line, so the figure can be traced). {@code rate} is company
 * currency units per one unit of the line's currency (1 when the line is in the company currency).
 */
public record BudgetLine(Long activityId, BudgetCategory category, String description, Money amount, BigDecimal rate,
        LocalDate rateDate, String rateSource) {

    public BudgetLine {
        rate = Decimals.plain(rate);
    }
}
