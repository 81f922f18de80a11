package org.tradedesk.markets.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Against the data README's known figures and statsmodels {@code OLS} on ln values
 * ({@code src/test/resources/markets/stats/reference/annual_regressions.py}; its printed outputs are the
 * constants below).
 */
class TrendRegressionTest {

    private static final TreeMap<Integer, Double> CHN = RealFiles.portalSeries("CHN");

    @Test
    void chinaHs8542ExportsGrowEightPointZeroTwoPercentAYear2019To2024() {
        TrendRegression.Result r = TrendRegression.logLinear(RealFiles.years(2019, 2024), RealFiles.values(CHN, 2019, 2024), 0.95);

        assertThat(CHN.get(2019)).isEqualTo(102_102_959_980.0);
        assertThat(CHN.get(2024)).isEqualTo(159_747_196_497.0);
        assertThat(r.trend().growth() * 100).isCloseTo(8.02, within(0.005));
        // statsmodels: growth=0.08016912162852326 ci=(-0.00329897562603893, 0.1706272019260677) se=0.02896583551036002 p=0.05625152936782527 r2=0.6392557140059074
        assertThat(r.trend().growth()).isCloseTo(0.08016912162852326, within(1e-12));
        // Interval ends and p-values: within 1e-7 / 1e-9, the precision of Hipparchus' incomplete beta (scipy agrees with
        // mpmath to 1e-16; Hipparchus' t quantile is off by about 1e-7 relative).
        assertThat(r.trend().growthLow()).isCloseTo(-0.00329897562603893, within(1e-7));
        assertThat(r.trend().growthHigh()).isCloseTo(0.1706272019260677, within(1e-7));
        assertThat(r.trend().slopeStandardError()).isCloseTo(0.02896583551036002, within(1e-12));
        assertThat(r.trend().pValue()).isCloseTo(0.05625152936782527, within(1e-9));
        assertThat(r.trend().rSquared()).isCloseTo(0.6392557140059074, within(1e-12));
        assertThat(r.notes()).extracting(n -> n.code()).containsExactly("markets.stats.trend.not-significant");
    }

    @Test
    void koreaAndUsaMatchTheReadmeFigures() {
        assertThat(growth("KOR") * 100).isCloseTo(6.61, within(0.005));
        assertThat(growth("USA") * 100).isCloseTo(3.19, within(0.005));
        assertThat(growth("KOR")).isCloseTo(0.06611128472396854, within(1e-12));
        assertThat(growth("USA")).isCloseTo(0.031888182718272345, within(1e-12));
    }

    @Test
    void confidenceAndPredictionBandsMatchStatsmodelsGetPrediction() {
        TrendRegression.Trend t = TrendRegression.logLinear(RealFiles.years(2013, 2024), RealFiles.values(CHN, 2013, 2024), 0.95).trend();
        assertThat(t.growth()).isCloseTo(0.09462721759928032, within(1e-12));
        assertThat(t.pValue()).isCloseTo(0.0002038121320494947, within(1e-9));
        assertBand(t.at(2020), 112513437516.83963, 98453145050.69083, 128581708744.1733, 72127835175.36037, 175511625866.4632);
        assertBand(t.at(2026), 193553865352.66623, 144420839470.64902, 259402305998.725, 115603757301.50774, 324064716125.53235);
        assertThat(t.at(2026).predictionHigh() - t.at(2026).predictionLow())
                .isGreaterThan(t.at(2026).confidenceHigh() - t.at(2026).confidenceLow());
    }

    @Test
    void fewerThanFourYearsGiveNoTrendButAMessage() {
        TrendRegression.Result r = TrendRegression.logLinear(RealFiles.years(2022, 2024), RealFiles.values(CHN, 2022, 2024), 0.95);
        assertThat(r.hasTrend()).isFalse();
        assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n.code()).isEqualTo("markets.stats.trend.too-few-points"));
    }

    @Test
    void aZeroYearGivesNoTrendRatherThanMinusInfinity() {
        TrendRegression.Result r = TrendRegression.logLinear(RealFiles.years(2020, 2023), new double[] {5, 0, 7, 9}, 0.95);
        assertThat(r.hasTrend()).isFalse();
        assertThat(r.notes().get(0).code()).isEqualTo("markets.stats.trend.non-positive");
        assertThat(r.notes().get(0).args().get(0).value()).isEqualTo("2021");
    }

    private static double growth(String iso) {
        TreeMap<Integer, Double> s = RealFiles.portalSeries(iso);
        return TrendRegression.logLinear(RealFiles.years(2019, 2024), RealFiles.values(s, 2019, 2024), 0.95).trend().growth();
    }

    private static void assertBand(TrendRegression.Band b, double mean, double ciLo, double ciHi, double piLo, double piHi) {
        double rel = 1e-7;
        assertThat(b.fitted()).isCloseTo(mean, within(mean * rel));
        assertThat(b.confidenceLow()).isCloseTo(ciLo, within(ciLo * rel));
        assertThat(b.confidenceHigh()).isCloseTo(ciHi, within(ciHi * rel));
        assertThat(b.predictionLow()).isCloseTo(piLo, within(piLo * rel));
        assertThat(b.predictionHigh()).isCloseTo(piHi, within(piHi * rel));
    }
}
