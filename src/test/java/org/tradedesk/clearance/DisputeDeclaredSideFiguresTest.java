package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.DisputeAssessment.Asked;
import org.tradedesk.clearance.DisputeAssessment.LineChange;
import org.tradedesk.clearance.DisputeAssessment.Side;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxResult;

/**
 * Issue 8 (t4fixK 1): a dispute's declared side was NT$1 off the lodged declaration. The declaration carries Taiwan's
 * 營業稅 item by item, each truncated to whole NT$ (稅款解繳作業辦法 第5條; the TW chain's TRUNCATE_0) and its header adds
 * the items up; the dispute took the engine's shipment figure, computed once on the summed base.
 *
 * <p>Worked by hand (5 % 營業稅 on 完稅價格 + 關稅, 加值型及非加值型營業稅法 第20條):
 * <pre>
 * item 1: 140,290 + 關稅 17,000 = 157,290 × 5 % = 7,864.50  → 7,864
 * item 2: 101,115 + 0          = 101,115 × 5 % = 5,055.75  → 5,055
 * lodged 營業稅 7,864 + 5,055 = 12,919; header 17,000 + 12,919 = 29,919
 * engine on the sum: 258,405 × 5 % = 12,920.25 → 12,920 (NT$1 more)
 * customs' side, item 2 valued 121,115: 6,055.75 → 6,055; 7,864 + 6,055 = 13,919 (engine on the sum 278,405: 13,920)
 * </pre>
 */
class DisputeDeclaredSideFiguresTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    @Test
    void theDeclaredSideIsTheLodgedDeclarationsFiguresNotTheEnginesShipmentTotal() {
        DeclarationMessage lodged = new DeclarationMessage("TW", "AA15AB12345678", 1, null, LocalDate.of(2026, 11, 20), null, null,
                null, null, null, null, null, Incoterm.CIF, null, "TWD", BigDecimal.ONE, "TWD", new BigDecimal("241405"), null, null,
                new BigDecimal("241405"), new BigDecimal("29919"), null, null, List.of(
                        item(1, "140290", "17000", "7864"), item(2, "101115", "0", "5055")), null);
        TransactionView view = mock(TransactionView.class, RETURNS_DEEP_STUBS);
        when(view.details().jurisdiction()).thenReturn(org.tradedesk.tariff.Jurisdiction.TW);
        Asked asked = new Asked(List.of(new LineChange(2, new Side(null, null, null, null),
                new Side(null, null, null, new BigDecimal("121115")))), null, null, null);

        DisputeAssessment a = DisputeEngineAssessment.compute(view, asked, DisputeDeclaredSideFiguresTest::engine,
                LocalDate.of(2026, 12, 1), Instant.parse("2026-12-07T02:00:00Z"), lodged);

        DisputeAssessment.TaxDifference vat = a.taxes().stream().filter(t -> t.code().equals("BUSINESS_TAX")).findFirst().orElseThrow();
        assertThat(vat.declaredAmount()).isEqualByComparingTo("12919");
        assertThat(vat.declaredBase()).isEqualByComparingTo("258405");
        assertThat(vat.assessedAmount()).isEqualByComparingTo("13919");
        assertThat(vat.difference()).isEqualByComparingTo("1000");
        assertThat(a.declaredTotal()).isEqualByComparingTo(lodged.dutiesAndTaxesTotal());
        assertThat(a.assessedTotal()).isEqualByComparingTo("30919");
    }

    private static DeclarationItem item(int seq, String value, String duty, String vat) {
        BigDecimal v = new BigDecimal(value);
        BigDecimal d = new BigDecimal(duty);
        return new DeclarationItem(seq, "item " + seq, "85182200006", null, "CN", null, BigDecimal.ONE, "SET", null, v, v,
                List.of(new DutyTax("DUTY", d.signum() == 0 ? BigDecimal.ZERO : new BigDecimal("12.1178"), v, d),
                        new DutyTax("VAT", FIVE, v.add(d), new BigDecimal(vat))));
    }

    /** The engine as the TW chain computes these two lines: duty per line, 營業稅 once on the summed base, truncated. */
    private static TaxResult engine(TaxRequest request) {
        List<TaxResult.LineResult> lines = new ArrayList<>();
        BigDecimal duties = BigDecimal.ZERO;
        BigDecimal values = BigDecimal.ZERO;
        for (int i = 0; i < request.lines().size(); i++) {
            BigDecimal value = request.lines().get(i).value();
            BigDecimal duty = i == 0 ? new BigDecimal("17000") : BigDecimal.ZERO;
            duties = duties.add(duty);
            values = values.add(value);
            lines.add(new TaxResult.LineResult(i + 1, "item " + (i + 1), "85182200006", "CN", null, value, null, null, false,
                    Map.of("DUTY", duty), duty, null, null, null));
        }
        BigDecimal base = values.add(duties);
        BigDecimal vat = base.multiply(FIVE).movePointLeft(2).setScale(0, java.math.RoundingMode.DOWN);
        List<TaxResult.TaxTotal> totals = List.of(
                new TaxResult.TaxTotal("DUTY", null, values, "12.1178%", duties, duties, true, "關稅法"),
                new TaxResult.TaxTotal("BUSINESS_TAX", null, base, "5%", vat, vat, true, "加值型及非加值型營業稅法 §20"));
        List<TaxResult.TaxStep> steps = List.of(new TaxResult.TaxStep(null, "BUSINESS_TAX", null,
                "CUSTOMS_VALUE + DUTY + ANTI_DUMPING + COUNTERVAILING + COMMODITY_TAX", base, "5%", null, null, vat, "TRUNCATE_0", true,
                "§20", null, null));
        return new TaxResult("TW", LocalDate.of(2026, 12, 1), "TWD", values, BigDecimal.ZERO, lines, totals, duties.add(vat),
                duties.add(vat), List.of(), steps, Map.of(), List.of());
    }
}
