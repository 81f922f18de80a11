package org.tradedesk.marketing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;

/**
 * Expected figures computed by hand with Python's decimal module (ROUND_HALF_UP to 0.01):
 * 2500 × 32.1234 = 80308.50; 1234.567 × 21.0049 = 25931.9563783 → 25931.96; subtotal 206240.46;
 * 7.5 % = 15468.0345 → 15468.03; total 221708.49.
 */
class BudgetTotalsTest {

    static BudgetLine line(String amount, String currency, String rate) {
        return new BudgetLine(null, BudgetCategory.VENUE, "x", Money.of(amount, currency), rate == null ? null : new BigDecimal(rate),
                LocalDate.of(2026, 12, 1), "Bank of Taiwan");
    }

    @Test
    void convertsEachLineRoundsHalfUpToCentsAndAddsTheContingency() {
        BudgetTotals t = BudgetTotals.of(List.of(line("100000", "TWD", null), line("2500", "USD", "32.1234"),
                line("1234.567", "AUD", "21.0049")), CurrencyCode.TWD, new BigDecimal("7.5"));
        assertThat(t.convertedLines()).extracting(m -> m.amount().toPlainString())
                .containsExactly("100000.00", "80308.50", "25931.96");
        assertThat(t.subtotal().amount()).isEqualByComparingTo("206240.46");
        assertThat(t.contingency().amount()).isEqualByComparingTo("15468.03");
        assertThat(t.total().amount()).isEqualByComparingTo("221708.49");
        assertThat(t.total().currency()).isEqualTo(CurrencyCode.TWD);
        assertThat(t.rule().code()).isEqualTo("HALF_UP_2");
    }

    @Test
    void aCurrencyWithoutMinorUnitsRoundsToWholeUnits() {
        // 1000 × 0.2113 = 211.3 → 211 JPY (ISO 4217: JPY has no minor unit)
        BudgetTotals t = BudgetTotals.of(List.of(line("1000", "TWD", "0.2113")), CurrencyCode.of("JPY"), BigDecimal.ZERO);
        assertThat(t.total().amount().toPlainString()).isEqualTo("211");
    }

    @Test
    void aForeignLineWithoutARateIsRefused() {
        assertThatThrownBy(() -> BudgetTotals.of(List.of(line("10", "USD", null)), CurrencyCode.TWD, BigDecimal.ZERO))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.budget.rate-missing");
    }

    @Test
    void budgetStatusMoves() {
        assertThat(BudgetStatus.DRAFT.moveTo(BudgetStatus.SUBMITTED)).isEqualTo(BudgetStatus.SUBMITTED);
        assertThat(BudgetStatus.SUBMITTED.next()).containsExactlyInAnyOrder(BudgetStatus.APPROVED, BudgetStatus.RETURNED);
        assertThat(BudgetStatus.APPROVED.editable()).isFalse();
        assertThatThrownBy(() -> BudgetStatus.APPROVED.moveTo(BudgetStatus.SUBMITTED))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.budget.status");
    }
}
