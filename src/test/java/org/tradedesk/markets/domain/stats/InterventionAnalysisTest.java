package org.tradedesk.markets.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against statsmodels OLS (reference/annual_regressions.py, "its" and "did" lines), on ln HS 8542 exports. */
class InterventionAnalysisTest {

    @Test
    void segmentedRegressionMatchesStatsmodels() {
        double[] y = RealFiles.portalSeries("CHN").values().stream().mapToDouble(Math::log).toArray();
        InterventionAnalysis.SegmentedRegression r = InterventionAnalysis.interruptedTimeSeries(RealFiles.years(2013, 2024), y, 2020, 0.95);
        // its CHN at 2020, time centred on the change (t - 2020; review t2fixL 6, reference/annual_regressions.py "its centred"):
        //   params [25.194082751134513, 0.0384222754616773, 0.3951388447047409, 0.011552610819387544]
        //   bse [0.14556740651672906, 0.032549861627975206, 0.1974572371568393, 0.06345136144797259]
        //   p [1.3897134868296085e-15, 0.27174090735733386, 0.0803746211482613, 0.8600564407538178]
        // the slope, level change and slope change are those of the uncentred fit (statsmodels, "its" line): centring moves
        // only the intercept, now the pre-change trend's level at 2020 (-52.41891368149859 + 0.03842227546170028 × 2020)
        assertCoefficient(r.baselineLevel(), 25.194082751134513, 0.14556740651672906, 1.3897134868296085e-15);
        assertThat(r.baselineLevel().estimate()).isCloseTo(-52.41891368149859 + 0.03842227546170028 * 2020, within(1e-7));
        assertCoefficient(r.baselineSlope(), 0.03842227546170028, 0.0325498616279781, 0.27174090735710793);
        assertCoefficient(r.levelChange(), 0.39513884470468774, 0.197457237156845, 0.08037462114830192);
        assertCoefficient(r.slopeChange(), 0.011552610819308314, 0.0634513614479743, 0.8600564407547694);
        assertThat(r.levelChange().name()).isEqualTo("markets.stats.its.level-change");
        assertThat(r.pointsBefore()).isEqualTo(7);
        assertThat(r.pointsAfter()).isEqualTo(5);
    }

    @Test
    void differenceInDifferencesMatchesStatsmodels() {
        List<InterventionAnalysis.PanelPoint> panel = new ArrayList<>();
        for (String iso : List.of("CHN", "KOR", "USA")) {
            for (Map.Entry<Integer, Double> e : RealFiles.portalSeries(iso).entrySet()) {
                panel.add(new InterventionAnalysis.PanelPoint(iso, e.getKey(), Math.log(e.getValue()), iso.equals("CHN")));
            }
        }
        InterventionAnalysis.DifferenceInDifferences d = InterventionAnalysis.differenceInDifferences(panel, 2019, 0.95);
        // did CHN vs KOR,USA at 2019: params [24.57903608269456, 0.4098819160267392, 0.356131336790086, 0.2874680636039558]
        //   bse [0.09827408187835777, 0.1702157028804996, 0.13898053942213767, 0.2407213555424719]
        //   p [3.0541883841969114e-54, 0.021976435115538127, 0.015302174023471936, 0.24117930912570976]
        assertCoefficient(d.effect(), 0.2874680636039558, 0.2407213555424719, 0.24117930912570976);
        assertCoefficient(d.treatedDifference(), 0.4098819160267392, 0.1702157028804996, 0.021976435115538127);
        assertCoefficient(d.periodDifference(), 0.356131336790086, 0.13898053942213767, 0.015302174023471936);
        assertThat(d.treatedMarkets()).containsExactly("CHN");
        assertThat(d.comparisonMarkets()).containsExactly("KOR", "USA");
        assertThat(d.notes()).extracting(n -> n.code()).contains("markets.stats.did.classical-se");
    }

    @Test
    void refusesAPanelWithoutComparisonMarkets() {
        List<InterventionAnalysis.PanelPoint> panel = List.of(
                new InterventionAnalysis.PanelPoint("CHN", 2018, 1, true), new InterventionAnalysis.PanelPoint("CHN", 2020, 2, true));
        assertThatThrownBy(() -> InterventionAnalysis.differenceInDifferences(panel, 2019, 0.95))
                .isInstanceOf(StatisticsInputException.class).hasMessageContaining("markets.stats.did.empty-cell");
    }

    private static void assertCoefficient(Coefficient c, double estimate, double se, double p) {
        assertThat(c.estimate()).isCloseTo(estimate, within(Math.abs(estimate) * 1e-9 + 1e-12));
        assertThat(c.standardError()).isCloseTo(se, within(se * 1e-8));
        assertThat(c.pValue()).isCloseTo(p, within(1e-7));
    }
}
