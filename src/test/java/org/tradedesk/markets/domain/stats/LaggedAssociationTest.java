package org.tradedesk.markets.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Against statsmodels {@code grangercausalitytests} (ssr F test) and pandas / scipy correlations
 * (reference/annual_regressions.py): ln China GDP (World Bank) and ln China HS 8542 exports, 2013–2024.
 */
class LaggedAssociationTest {

    private static final double[] LN_EXPORTS = RealFiles.portalSeries("CHN").values().stream().mapToDouble(Math::log).toArray();
    private static final double[] LN_GDP = RealFiles.values(RealFiles.worldBank("China", "GDP"), 2013, 2024).clone();

    static {
        for (int i = 0; i < LN_GDP.length; i++) {
            LN_GDP[i] = Math.log(LN_GDP[i]);
        }
    }

    @Test
    void theGdpSeriesIsTheWorldBankFile() {
        assertThat(Math.exp(LN_GDP[0])).isCloseTo(9743124247267.24, within(1.0));
        assertThat(Math.exp(LN_GDP[11])).isCloseTo(18743803170827.2, within(1.0));
    }

    @Test
    void grangerSsrFTestMatchesStatsmodels() {
        // granger lag 1: F=11.61280301598701 p=0.009253766852140995 df=(8.0,1)
        LaggedAssociation.GrangerTest g1 = LaggedAssociation.granger(LN_EXPORTS, LN_GDP, 1);
        assertThat(g1.fStatistic()).isCloseTo(11.61280301598701, within(1e-8));
        assertThat(g1.pValue()).isCloseTo(0.009253766852140995, within(1e-8));
        assertThat(g1.dfNumerator()).isEqualTo(1);
        assertThat(g1.dfDenominator()).isEqualTo(8);
        // granger lag 2: F=0.36981054542208686 p=0.7082995304301808 df=(5.0,2)
        LaggedAssociation.GrangerTest g2 = LaggedAssociation.granger(LN_EXPORTS, LN_GDP, 2);
        assertThat(g2.fStatistic()).isCloseTo(0.36981054542208686, within(1e-8));
        assertThat(g2.pValue()).isCloseTo(0.7082995304301808, within(1e-7));
        assertThat(g2.dfDenominator()).isEqualTo(5);
        assertThat(g2.label().code()).isEqualTo("markets.stats.granger.association-only");
    }

    @Test
    void crossCorrelationMatchesPandasShiftedCorrelation() {
        LaggedAssociation.CrossCorrelation c = LaggedAssociation.crossCorrelation(LN_GDP, LN_EXPORTS, 2);
        double[] expected = {0.7788405474761936, 0.8469525068443026, 0.8938735569775247, 0.9454701832461543, 0.8993187168526786};
        for (int i = 0; i < 5; i++) {
            assertThat(c.lags().get(i).lag()).isEqualTo(i - 2);
            assertThat(c.lags().get(i).correlation()).isCloseTo(expected[i], within(1e-12));
        }
        // ccf lag 1 scipy: r=0.9454701832461542 p=1.116887277024003e-05
        assertThat(c.lags().get(3).pairs()).isEqualTo(11);
        assertThat(c.lags().get(3).pValue()).isCloseTo(1.116887277024003e-05, within(1e-10));
        assertThat(c.label().code()).isEqualTo("markets.stats.ccf.association-only");
    }

    @Test
    void refusesMoreLagsThanTheSeriesCanCarry() {
        assertThatThrownBy(() -> LaggedAssociation.granger(LN_EXPORTS, LN_GDP, 4))
                .isInstanceOf(StatisticsInputException.class).hasMessageContaining("markets.stats.lag.invalid");
    }
}
