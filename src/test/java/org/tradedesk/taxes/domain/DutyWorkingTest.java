package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradedesk.taxes.EngineTexts.en;
import static org.tradedesk.taxes.EngineTexts.zh;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyContext;
import org.tradedesk.shared.duty.DutyExpression;

class DutyWorkingTest {

    private static String working(String expression, DutyContext context, boolean chinese) {
        DutyExpression e = DutyExpression.parse(expression);
        var m = DutyWorking.of(e, context, e.evaluate(context).amount());
        return chinese ? zh(m) : en(m);
    }

    @Test
    void anAdValoremDutyShowsItsRateBaseAndAmountInTheLanguagesNumberFormat() {
        DutyContext context = DutyContext.of(CurrencyCode.of("AUD"), new BigDecimal("138465.0000"));

        assertThat(working("5%", context, false)).isEqualTo("5% × AUD 138,465.00 = AUD 6,923.25");
        assertThat(working("5%", context, true)).isEqualTo("5% × AUD 138,465.00 = AUD 6,923.25");
    }

    @Test
    void whicheverIsHigherNamesBothAlternativesInTheReadersLanguage() {
        // Taiwan 從價或從量從高徵稅: 10 % of 1,000 = 100 against 20 TWD/kg × 8 kg = 160 → 160
        DutyContext context = new DutyContext(CurrencyCode.of("TWD"), new BigDecimal("1000"),
                Map.of(UnitOfMeasure.Dimension.MASS, new BigDecimal("8")), null, null, null, Map.of(), Map.of());

        assertThat(working("MAX(10%, 20 TWD/kg)", context, false))
                .isEqualTo("higher of (10% × TWD 1,000.00 = TWD 100.00; 20 TWD/kg × 8 kg = TWD 160.00) = TWD 160.00");
        assertThat(working("MAX(10%, 20 TWD/kg)", context, true))
                .isEqualTo("從高（10% × TWD 1,000.00 = TWD 100.00；20 TWD/公斤 × 8 公斤 = TWD 160.00）= TWD 160.00");
    }

    @Test
    void aSpecificRatesUnitIsNamedInTheReadersLanguage() {
        // seen on a zh-TW page: 「20 TWD/No × 1,000 No」; the tariff names the unit 個 (tariff.unit.name.PIECE)
        DutyContext context = new DutyContext(CurrencyCode.of("TWD"), new BigDecimal("1000"),
                Map.of(UnitOfMeasure.Dimension.COUNT, new BigDecimal("1000")), null, null, null, Map.of(), Map.of());
        assertThat(working("20 TWD/No", context, true)).isEqualTo("20 TWD/個 × 1,000 個 = TWD 20,000.00");
        assertThat(working("20 TWD/No", context, false)).isEqualTo("20 TWD/No × 1,000 No = TWD 20,000.00");
    }

    @Test
    void aFloorSaysWhetherItApplies() {
        DutyContext context = new DutyContext(CurrencyCode.of("AUD"), new BigDecimal("1000"),
                Map.of(UnitOfMeasure.Dimension.MASS, new BigDecimal("500")), null, null, null, Map.of(), Map.of());

        assertThat(working("5% MIN 3 AUD/kg", context, false))
                .isEqualTo("5% × AUD 1,000.00 = AUD 50.00; minimum 3 AUD/kg × 500 kg = AUD 1,500.00 applies = AUD 1,500.00");
    }
}
