package org.tradedesk.marketing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;

/**
 * Budget vs actual against the sample budget (MarketingSamples, approved as version 2). Worked by hand:
 * <pre>
 * line 1  USD 2,500 × 32.1234         =  80,308.50 TWD
 * line 2  TWD 100,000                 = 100,000.00
 * line 3  AUD 1,234.567 × 21.0049     =  25,931.9563783 → 25,931.96
 * subtotal 206,240.46; contingency 7.5 % = 15,468.0345 → 15,468.03; approved total 221,708.49
 *
 * actual line 1: USD 2,600 × 32 = 83,200.00 → variance +2,891.50; 2,891.50 / 80,308.50 = 3.6005 % → 3.6 %
 * actual line 2: 60,000 + 30,000.40 = 90,000.40 → −9,999.60; −9.9996 % → −10.0 %
 * actual line 3: booked to version 1 line 5 ("機票", travel, campaign-wide): AUD 250 × 20 = 5,000.00
 *                → −20,931.96; −20,931.96 / 25,931.96 = −80.719 % → −80.7 %
 * outside: version 1 "Hotel" (no such line in version 2): 1,000.00
 * total actual 179,200.40; variance −27,040.06; −27,040.06 / 206,240.46 = −13.111 % → −13.1 %
 * </pre>
 */
class BudgetVarianceTest {

    static final CurrencyCode TWD = CurrencyCode.TWD;
    static final List<BudgetLine> LINES = List.of(
            new BudgetLine(1L, BudgetCategory.VENUE, "攤位", Money.of("2500", "USD"), new BigDecimal("32.1234"), LocalDate.of(2026, 12, 4), "臺灣銀行"),
            new BudgetLine(2L, BudgetCategory.ADVERTISING, "廣告", Money.of("100000", "TWD"), BigDecimal.ONE, null, null),
            new BudgetLine(null, BudgetCategory.TRAVEL, "機票", Money.of("1234.567", "AUD"), new BigDecimal("21.0049"), LocalDate.of(2026, 12, 4),
                    "臺灣銀行"));
    static final BudgetTotals TOTALS = BudgetTotals.of(LINES, TWD, new BigDecimal("7.5"));

    static SpendEntry entry(int budget, int line, Long activity, BudgetCategory category, String description, String amount, String currency,
            String rate, String converted) {
        return new SpendEntry(0, budget, line, activity, category, description, Money.of(amount, currency), LocalDate.of(2027, 3, 10),
                "Supplier", "R-1", new BigDecimal(rate), null, null, Money.of(converted, "TWD"), "coordinator", Instant.EPOCH);
    }

    static List<SpendEntry> entries() {
        List<SpendEntry> e = new ArrayList<>();
        e.add(entry(2, 1, 1L, BudgetCategory.VENUE, "攤位", "2600", "USD", "32", "83200.00"));
        e.add(entry(2, 2, 2L, BudgetCategory.ADVERTISING, "廣告", "60000", "TWD", "1", "60000"));
        e.add(entry(2, 2, 2L, BudgetCategory.ADVERTISING, "廣告", "30000.40", "TWD", "1", "30000.40"));
        e.add(entry(1, 5, null, BudgetCategory.TRAVEL, "機票", "250", "AUD", "20", "5000.00"));
        e.add(entry(1, 4, null, BudgetCategory.TRAVEL, "Hotel", "1000", "TWD", "1", "1000.00"));
        return e;
    }

    @Test
    void varianceByLineAndInTotalAsWorkedByHand() {
        assertThat(TOTALS.subtotal()).isEqualTo(Money.of("206240.46", "TWD"));
        assertThat(TOTALS.total()).isEqualTo(Money.of("221708.49", "TWD"));
        BudgetVariance v = BudgetVariance.of(2, LINES, TOTALS, entries());
        assertThat(v.lines().get(0).variance().amount()).isEqualByComparingTo("2891.50");
        assertThat(v.lines().get(0).variancePercent()).isEqualByComparingTo("3.6");
        assertThat(v.lines().get(0).over()).isTrue();
        assertThat(v.lines().get(1).actual().amount()).isEqualByComparingTo("90000.40");
        assertThat(v.lines().get(1).variance().amount()).isEqualByComparingTo("-9999.60");
        assertThat(v.lines().get(1).variancePercent()).isEqualByComparingTo("-10.0");
        assertThat(v.lines().get(2).entries()).hasSize(1);
        assertThat(v.lines().get(2).variance().amount()).isEqualByComparingTo("-20931.96");
        assertThat(v.lines().get(2).variancePercent()).isEqualByComparingTo("-80.7");
        assertThat(v.outside()).extracting(SpendEntry::lineDescription).containsExactly("Hotel");
        assertThat(v.actual().amount()).isEqualByComparingTo("179200.40");
        assertThat(v.variance().amount()).isEqualByComparingTo("-27040.06");
        assertThat(v.variancePercent()).isEqualByComparingTo("-13.1");
        assertThat(v.contingencyUsed().amount()).isEqualByComparingTo("0");
        assertThat(v.overBudget()).isFalse();
    }

    /** Over budget only when the spend passes the approved total (221,708.49): the contingency absorbs the rest. */
    @Test
    void overBudgetIsWarnedAboveTheApprovedContingencyNotBefore() {
        // 221,708.49 spent: 15,468.03 over the lines = exactly the contingency: not over budget
        List<SpendEntry> atLimit = List.of(entry(2, 2, 2L, BudgetCategory.ADVERTISING, "廣告", "221708.49", "TWD", "1", "221708.49"));
        BudgetVariance v = BudgetVariance.of(2, LINES, TOTALS, atLimit);
        assertThat(v.contingencyUsed().amount()).isEqualByComparingTo("15468.03");
        assertThat(v.overBudget()).isFalse();
        List<SpendEntry> past = new ArrayList<>(atLimit);
        past.add(entry(2, 3, null, BudgetCategory.TRAVEL, "機票", "0.01", "TWD", "1", "0.01"));
        assertThat(BudgetVariance.of(2, LINES, TOTALS, past).overBudget()).isTrue();
    }

    /**
     * M4: the contingency used never exceeds the contingency. TWD 230,000 spent on line 2: overspend over the subtotal
     * 230,000 − 206,240.46 = 23,759.54; used = min(23,759.54, 15,468.03) = 15,468.03; over the approved total
     * 230,000 − 221,708.49 = 8,291.51 (shown separately). At the limit (221,708.49) nothing is over.
     */
    @Test
    void theContingencyUsedIsCappedAndTheRestIsOverTheApprovedTotal() {
        BudgetVariance v = BudgetVariance.of(2, LINES, TOTALS,
                List.of(entry(2, 2, 2L, BudgetCategory.ADVERTISING, "廣告", "230000", "TWD", "1", "230000.00")));
        assertThat(v.variance().amount()).isEqualByComparingTo("23759.54");
        assertThat(v.contingencyUsed().amount()).isEqualByComparingTo("15468.03");
        assertThat(v.overApproved().amount()).isEqualByComparingTo("8291.51");
        assertThat(v.overBudget()).isTrue();
        BudgetVariance atLimit = BudgetVariance.of(2, LINES, TOTALS,
                List.of(entry(2, 2, 2L, BudgetCategory.ADVERTISING, "廣告", "221708.49", "TWD", "1", "221708.49")));
        assertThat(atLimit.overApproved().amount()).isEqualByComparingTo("0");
    }

    @Test
    void aZeroBudgetLineHasNoPercentage() {
        List<BudgetLine> lines = List.of(new BudgetLine(null, BudgetCategory.OTHER, "Gift", Money.of("0", "TWD"), BigDecimal.ONE, null, null));
        BudgetVariance v = BudgetVariance.of(1, lines, BudgetTotals.of(lines, TWD, BigDecimal.ZERO),
                List.of(entry(1, 1, null, BudgetCategory.OTHER, "Gift", "500", "TWD", "1", "500")));
        assertThat(v.lines().get(0).variancePercent()).isNull();
        assertThat(v.variancePercent()).isNull();
        assertThat(v.overBudget()).isTrue();
    }
}
