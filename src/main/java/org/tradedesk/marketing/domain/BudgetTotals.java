package org.tradedesk.marketing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;
import org.tradedesk.shared.RoundingRule;

/**
 * The totals of a budget in the company currency. No law rounds a marketing budget, so the desk's
 * accounting convention is applied and named: each converted line is rounded HALF_UP to the company
 * currency's ISO 4217 minor units (TWD, AUD 2; JPY 0); the subtotal is the sum of the rounded lines;
 * the contingency is subtotal × percent / 100, rounded the same way; the total is subtotal +
 * contingency. The XLSX budget writes the same steps as formulas (ROUND(amount × rate, d)).
 */
public record BudgetTotals(List<Money> convertedLines, Money subtotal, BigDecimal contingencyPercent, Money contingency,
        Money total, RoundingRule rule) {

    public static BudgetTotals of(List<BudgetLine> lines, CurrencyCode company, BigDecimal contingencyPercent) {
        RoundingRule rule = ruleFor(company);
        List<Money> converted = new ArrayList<>();
        Money subtotal = Money.zero(company);
        for (BudgetLine line : lines) {
            if (!line.amount().currency().equals(company) && line.rate() == null) {
                throw new org.tradedesk.shared.InvalidValueException("marketing.budget.rate-missing",
                        "a line in " + line.amount().currency() + " needs a rate to " + company);
            }
            BigDecimal rate = line.amount().currency().equals(company) ? BigDecimal.ONE : line.rate();
            Money c = new Money(line.amount().amount().multiply(rate), company).round(rule);
            converted.add(c);
            subtotal = subtotal.plus(c);
        }
        BigDecimal percent = contingencyPercent == null ? BigDecimal.ZERO : contingencyPercent;
        Money contingency = subtotal.times(percent).dividedBy(BigDecimal.valueOf(100)).round(rule);
        return new BudgetTotals(List.copyOf(converted), subtotal, percent, contingency, subtotal.plus(contingency), rule);
    }

    /** HALF_UP to the currency's minor units. */
    public static RoundingRule ruleFor(CurrencyCode currency) {
        int digits = currency.isoFractionDigits();
        return new RoundingRule("HALF_UP_" + Math.max(digits, 0), Math.max(digits, 0), RoundingMode.HALF_UP);
    }
}
