package org.tradedesk.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tradedesk.shared.Money;

/**
 * Actual spend as the user gives it (P3.2.3): the line of the approved budget it is booked to (1-based, as
 * the budget page numbers them), the amount in the currency paid, the date, supplier and receipt
 * reference, and — when paid in another currency than the company's — the rate (company units per one
 * unit), its date and its source.
 */
public record SpendDetails(Integer line, Money amount, LocalDate spentOn, String supplier, String receipt, BigDecimal rate,
        LocalDate rateDate, String rateSource) {
}
