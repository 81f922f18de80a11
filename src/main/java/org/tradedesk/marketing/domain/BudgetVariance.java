package org.tradedesk.marketing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;

/**
 * Budget vs actual (P3.2.2, P3.2.3) against the approved budget version, in the company currency.
 *
 * <ul>
 *   <li>An entry booked to this version counts on its line number; one booked to an earlier version counts
 *       on the line of this version with the same activity, category and description; if there is none it
 *       is listed as spend outside the approved lines (still in the total).</li>
 *   <li>Variance = actual − budget (positive: overspent); variance % = variance / budget × 100, rounded half
 *       up to one decimal (a display convention), blank when the budget is zero.</li>
 *   <li>Totals: the budget is the subtotal of the lines (without contingency); the actual is every entry.
 *       The contingency absorbs overspend up to its amount: <em>over budget</em> is warned when the total
 *       actual exceeds the approved total (subtotal + contingency).</li>
 *   <li>Contingency used = min(overspend over the lines' subtotal, contingency), never more than the contingency; the
 *       amount over the approved total (actual − approved total, zero when not over) is shown separately as over budget.</li>
 * </ul>
 */
public record BudgetVariance(int budgetNumber, List<Line> lines, List<SpendEntry> outside, Money budget, Money contingency,
        Money approvedTotal, Money actual, Money variance, BigDecimal variancePercent, Money contingencyUsed, boolean overBudget,
        Money overApproved) {

    /** One line: its budget (converted), the entries counted on it, their total, variance and variance %. */
    public record Line(int number, BudgetLine line, Money budget, List<SpendEntry> entries, Money actual, Money variance,
            BigDecimal variancePercent) {
        public boolean over() {
            return variance.amount().signum() > 0;
        }
    }

    public static BudgetVariance of(int budgetNumber, List<BudgetLine> budgetLines, BudgetTotals totals, List<SpendEntry> entries) {
        CurrencyCode company = totals.subtotal().currency();
        List<List<SpendEntry>> byLine = new ArrayList<>();
        budgetLines.forEach(l -> byLine.add(new ArrayList<>()));
        List<SpendEntry> outside = new ArrayList<>();
        Money actual = Money.zero(company);
        for (SpendEntry e : entries) {
            actual = actual.plus(e.converted());
            int index = -1;
            if (e.budgetNumber() == budgetNumber && e.lineNumber() >= 1 && e.lineNumber() <= budgetLines.size()) {
                index = e.lineNumber() - 1;
            } else {
                for (int i = 0; i < budgetLines.size(); i++) {
                    BudgetLine l = budgetLines.get(i);
                    if (Objects.equals(l.activityId(), e.activityId()) && l.category() == e.category()
                            && l.description().equals(e.lineDescription())) {
                        index = i;
                        break;
                    }
                }
            }
            if (index < 0) {
                outside.add(e);
            } else {
                byLine.get(index).add(e);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < budgetLines.size(); i++) {
            Money budget = totals.convertedLines().get(i);
            Money spent = Money.zero(company);
            for (SpendEntry e : byLine.get(i)) {
                spent = spent.plus(e.converted());
            }
            Money variance = spent.minus(budget);
            lines.add(new Line(i + 1, budgetLines.get(i), budget, List.copyOf(byLine.get(i)), spent, variance,
                    percent(variance, budget)));
        }
        Money variance = actual.minus(totals.subtotal());
        Money overspend = variance.amount().signum() > 0 ? variance : Money.zero(company);
        Money used = overspend.min(totals.contingency());
        boolean over = actual.amount().compareTo(totals.total().amount()) > 0;
        Money overApproved = over ? actual.minus(totals.total()) : Money.zero(company);
        return new BudgetVariance(budgetNumber, List.copyOf(lines), List.copyOf(outside), totals.subtotal(), totals.contingency(),
                totals.total(), actual, variance, percent(variance, totals.subtotal()), used, over, overApproved);
    }

    /** variance / budget × 100, half up to one decimal; null for a zero budget. */
    public static BigDecimal percent(Money variance, Money budget) {
        if (budget.amount().signum() == 0) {
            return null;
        }
        return variance.amount().multiply(BigDecimal.valueOf(100)).divide(budget.amount(), 1, RoundingMode.HALF_UP);
    }
}
