package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.taxes.definitions.ChainDefinitions;

/**
 * The LCT thresholds of the chain file against the figures the ATO published for the year (t1fixK).
 *
 * <p>2025-26: the ATO announced $91,387 for fuel-efficient vehicles and $80,567 for other vehicles, unchanged from 2024-25
 * because the motor vehicle CPI indexation factor for 2025-26 is 0.997 (as quoted from the ATO by the Australian Automobile
 * Dealers Association, "Luxury Car Tax Thresholds 2025-26", aada.asn.au/bulletin/luxury-car-tax-thresholds-2025-26, read
 * 2026-12-07); LCT Act s25-1(3) as substituted by Act No 29 of 2025 ($80,567 for 2024-25, indexed under ITAA 1997 Subdiv
 * 960-M, which does not index an amount whose factor is 1 or less) agrees. A car of $95,000 entered on 4 August 2025 pays
 * (95,000 - 80,567) x 10/11 x 33% = 14,433 x 0.3 = $4,329.90 (10/11 x 33% is exactly 0.3), worked by hand.
 *
 * <p>2026-27: no ATO figure was found (searched 2026-12-07), so the file repeats 2025-26's and says "to confirm".
 */
class LctThresholdsPublishedTest {

    private static final CurrencyCode AUD = CurrencyCode.of("AUD");

    private static ChainDefinition.StepDefinition lct(LocalDate date) {
        return ChainDefinitions.fromClasspath().forJurisdiction("AU", date).steps().stream()
                .filter(s -> s.code().equals("LCT")).findFirst().orElseThrow();
    }

    @Test
    void the2025To26ThresholdsAreTheAtosPublishedFiguresNotToConfirm() {
        LocalDate date = LocalDate.of(2025, 8, 4);
        ThresholdRule.Outcome other = ThresholdRule.apply(lct(date), false, new BigDecimal("95000"), date, AUD);
        assertThat(other.effect()).isEqualTo(ThresholdRule.Effect.EXCESS);
        assertThat(other.used().amount()).isEqualByComparingTo("80567");
        assertThat(other.used().from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(other.used().to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(other.used().toConfirm()).as("published by the ATO for 2025-26").isFalse();
        // the rate the chain holds on the day is the Act's 33 % (s5-15), so the hand figure is worked at the chain's own rate
        assertThat(ChainDefinition.Dated.on(lct(date).rates(), date).orElseThrow().value()).isEqualTo("33%");
        assertThat(lct(date).rounding().apply(other.taxable().multiply(new BigDecimal("0.33")))).isEqualByComparingTo("4329.90");

        ThresholdRule.Outcome efficient = ThresholdRule.apply(lct(date), true, new BigDecimal("95000"), date, AUD);
        assertThat(efficient.used().amount()).isEqualByComparingTo("91387");
        assertThat(efficient.used().toConfirm()).isFalse();
    }

    @Test
    void the2026To27ThresholdIsStillToConfirm() {
        LocalDate date = LocalDate.of(2026, 8, 4);
        ThresholdRule.Outcome other = ThresholdRule.apply(lct(date), false, new BigDecimal("95000"), date, AUD);
        assertThat(other.used().amount()).isEqualByComparingTo("80567");
        assertThat(other.used().toConfirm()).as("no ATO figure found for 2026-27").isTrue();
    }
}
