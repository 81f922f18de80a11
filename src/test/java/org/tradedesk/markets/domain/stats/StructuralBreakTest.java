package org.tradedesk.markets.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Against statsmodels OLS residual sums and scipy {@code f.sf} (reference/annual_regressions.py). */
class StructuralBreakTest {

    private static final double[] LN_CHN = RealFiles.portalSeries("CHN").values().stream().mapToDouble(Math::log).toArray();

    @Test
    void chowTestAt2019OnChinaExportsMatchesTheReference() {
        StructuralBreak.ChowTest c = StructuralBreak.chow(RealFiles.years(2013, 2024), LN_CHN, 2019, 0.05);
        // chow CHN at 2019: F=3.8525741152773127 df=(2,8) p=0.06732739152723521
        assertThat(c.fStatistic()).isCloseTo(3.8525741152773127, within(1e-10));
        assertThat(c.dfNumerator()).isEqualTo(2);
        assertThat(c.dfDenominator()).isEqualTo(8);
        assertThat(c.pValue()).isCloseTo(0.06732739152723521, within(1e-8));
        assertThat(c.pointsBefore()).isEqualTo(6);
        assertThat(c.notes().get(0).code()).isEqualTo("markets.stats.chow.no-break");
    }

    @Test
    void aClearBreakIsFound() {
        double[] y = {1, 2, 3, 4, 5, 6, 20, 18, 16, 14, 12, 10.5};
        StructuralBreak.ChowTest c = StructuralBreak.chow(RealFiles.years(2013, 2024), y, 2019, 0.05);
        assertThat(c.pValue()).isLessThan(0.001);
        assertThat(c.notes().get(0).code()).isEqualTo("markets.stats.chow.break");
    }

    @Test
    void refusesABreakWithTooFewPointsOnOneSide() {
        assertThatThrownBy(() -> StructuralBreak.chow(RealFiles.years(2013, 2024), LN_CHN, 2023, 0.05))
                .isInstanceOf(StatisticsInputException.class).hasMessageContaining("markets.stats.chow.too-few-points");
    }
}
