package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradedesk.taxes.EngineTexts.en;
import static org.tradedesk.taxes.domain.Requests.chain;
import static org.tradedesk.taxes.domain.Requests.d;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.taxes.domain.ChainDefinition.StepDefinition;

class ThresholdRuleTest {

    private static final StepDefinition LCT = chain("AU").steps().stream().filter(s -> s.code().equals("LCT")).findFirst().orElseThrow();
    private static final CurrencyCode AUD = CurrencyCode.of("AUD");

    @Test
    void luxuryCarTaxIsOnTenEleventhsOfTheExcessOverTheThreshold() {
        // LCT Act s 5-15: 33 % of 10/11 of the excess of the LCT value over the threshold (A$80,567 for 2024-25):
        // (100,000 − 80,567) × 10/11 = 17,666.36…; × 33 % = 5,829.90
        ThresholdRule.Outcome o = ThresholdRule.apply(LCT, false, d("100000"), LocalDate.of(2025, 6, 2), AUD);

        assertThat(o.effect()).isEqualTo(ThresholdRule.Effect.EXCESS);
        assertThat(o.taxable().multiply(d("0.33")).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("5829.90");
        assertThat(en(o.working())).isEqualTo("(AUD 100,000.00 − threshold AUD 80,567.00 in force from 1 Jul 2024) × 10/11 ≈ AUD 17,666.3636 (shown to 4 decimals; the tax is worked on the exact quotient)");
    }

    @Test
    void aFuelEfficientCarHasTheHigherThreshold() {
        // A$91,387 for fuel-efficient cars in 2024-25: a car of 90,000 pays none, another car of 90,000 does
        ThresholdRule.Outcome efficient = ThresholdRule.apply(LCT, true, d("90000"), LocalDate.of(2025, 6, 2), AUD);
        ThresholdRule.Outcome other = ThresholdRule.apply(LCT, false, d("90000"), LocalDate.of(2025, 6, 2), AUD);

        assertThat(efficient.effect()).isEqualTo(ThresholdRule.Effect.NOT_PAYABLE);
        assertThat(efficient.taxable()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(en(efficient.working())).startsWith("base AUD 90,000.00 ≤ fuel-efficient car threshold AUD 91,387.00");
        assertThat(other.effect()).isEqualTo(ThresholdRule.Effect.EXCESS);
    }

    @Test
    void aStepWithoutThresholdsTaxesItsBaseAsItIs() {
        StepDefinition gst = chain("AU").steps().stream().filter(s -> s.code().equals("GST")).findFirst().orElseThrow();

        ThresholdRule.Outcome o = ThresholdRule.apply(gst, false, d("1234.56"), LocalDate.of(2025, 6, 2), AUD);

        assertThat(o.effect()).isEqualTo(ThresholdRule.Effect.NONE);
        assertThat(o.taxable()).isEqualByComparingTo("1234.56");
    }
}
