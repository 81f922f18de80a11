package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.clearance.messages.DeclarationValidation;

/**
 * Acceptance review (issue 8): the evaluation and solution reports listed 推廣貿易服務費 318 beside a total that needs 319; the
 * client mail's items added to one less than the total, with an unexplained "NT$1 rounding" line. Every document now lists
 * the fee once on the shipment total, so its figures add up to the declaration's total.
 */
class ShipmentFeeOneFigureTest {

    // 推廣貿易服務費 0.04 %, whole NT$ truncated: 629,990 → 251.996 → 251; 169,990 → 67.996 → 67 (items 318);
    // the shipment 799,980 → 319.992 → 319
    private static DeclarationMessage taiwan() {
        List<DeclarationItem> items = List.of(
                new DeclarationItem(1, "Speakers", "85182200006", null, "CN", null, new BigDecimal("10"), "SET", new BigDecimal("8"),
                        new BigDecimal("19000"), new BigDecimal("629990"), List.of(
                                new DutyTax("DUTY", new BigDecimal("10"), new BigDecimal("629990"), new BigDecimal("62999")),
                                new DutyTax("TPF", new BigDecimal("0.04"), new BigDecimal("629990"), new BigDecimal("251")))),
                new DeclarationItem(2, "Bottles", "96170010004", null, "VN", null, new BigDecimal("5"), "PCE", new BigDecimal("2"),
                        new BigDecimal("5100"), new BigDecimal("169990"), List.of(
                                new DutyTax("DUTY", new BigDecimal("0"), new BigDecimal("169990"), new BigDecimal("0")),
                                new DutyTax("TPF", new BigDecimal("0.04"), new BigDecimal("169990"), new BigDecimal("67")))));
        // the header total as the declaration builds it (the fee once on the total)
        BigDecimal total = DeclarationValidation.taiwanHeaderTotal(items);
        return new DeclarationMessage("TW", "AA15AB12345678", 1, DeclarationMessage.FunctionCode.ORIGINAL, LocalDate.of(2026, 12, 6),
                null, null, null, null, null, null, null, null, "CIF", "USD", new BigDecimal("32.150"), "TWD", null, null, null,
                new BigDecimal("799980"), total, null, null, items);
    }

    @Test
    void theReportsListTheFeeOnTheShipmentTotalSoTheTaxesAddUpToTheTotal() {
        DeclarationMessage m = taiwan();
        // by hand: duty 62,999 + 0, fee 0.04 % × 799,980 = 319.992 → 319 (truncated): 63,318
        assertThat(m.dutiesAndTaxesTotal()).isEqualByComparingTo("63318");
        java.util.Map<String, BigDecimal> taxes = ClearanceIssues.declaredTaxes(m);
        BigDecimal sharesAddedUp = m.items().stream().flatMap(it -> it.dutiesAndTaxes().stream()).filter(t -> "TPF".equals(t.type()))
                .map(DutyTax::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(taxes.get("TPF")).isEqualByComparingTo("319").isNotEqualByComparingTo(sharesAddedUp);
        assertThat(taxes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(m.dutiesAndTaxesTotal());
    }

    @Test
    void theMailsLinesAddUpToTheTotalWithNoUnexplainedRoundingLine() {
        DeclarationMessage m = taiwan();
        ClearanceDeclarations.MailFigures f = ClearanceDeclarations.mailFigures(m);
        assertThat(f.shipmentFee()).isEqualByComparingTo("319");
        assertThat(f.feeBase()).isEqualByComparingTo("799980");
        assertThat(f.itemDuties().stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(f.shipmentFee()))
                .isEqualByComparingTo(m.dutiesAndTaxesTotal());
        assertThat(f.rounding()).isZero();
        // each item's duties without its share of the fee
        assertThat(f.itemDuties().get(0)).isEqualByComparingTo("62999");
    }
}
