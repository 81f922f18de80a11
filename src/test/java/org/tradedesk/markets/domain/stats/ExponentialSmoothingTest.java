package org.tradedesk.markets.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against statsmodels {@code ETSModel(error="add", trend="add", seasonal=…, initialization_method="known")} on
 * monthly Mauna Loa CO2 1980–1999 (reference/seasonal_ets.py; the printed figures are the constants here).
 * Tolerances: recursions and exact intervals 1e-8 (same arithmetic); the fitted parameters 2e-3 and SSE within
 * 1e-6 relative or better (two optimisers stopping at slightly different points of a flat minimum); the
 * simulated A,A,M intervals 5 % of their half-width (statsmodels simulates too, 20 000 paths each side; the
 * Monte Carlo standard error of a 2.5 % quantile is about 2 % of the half-width, so two independent runs
 * differ by up to ~4 %).
 */
class ExponentialSmoothingTest {

    private static final double[] CO2 = RealFiles.co2Monthly();
    private static final ExponentialSmoothing.Parameters FIXED = new ExponentialSmoothing.Parameters(0.5, 0.05, 0.2);

    @Test
    void heuristicInitialStateIsTheStatedOne() {
        ExponentialSmoothing.InitialState s = ExponentialSmoothing.heuristicInitialState(CO2, 12, Seasonality.ADDITIVE);
        assertThat(s.level()).isCloseTo(337.69025236557394, within(1e-9));
        assertThat(s.trend()).isCloseTo(0.1187404449811772, within(1e-12));
        assertThat(s.seasonal()[0]).isCloseTo(-0.1573828125000034, within(1e-9));
        assertThat(s.seasonal()[11]).isCloseTo(-0.9697265625000142, within(1e-9));
        ExponentialSmoothing.InitialState m = ExponentialSmoothing.heuristicInitialState(CO2, 12, Seasonality.MULTIPLICATIVE);
        assertThat(m.seasonal()[4]).isCloseTo(1.0090482036421795, within(1e-12));
    }

    @Test
    void additiveRecursionsAndExactIntervalsMatchEtsModelWithFixedParameters() {
        ExponentialSmoothing.Model model = ExponentialSmoothing.withParameters(CO2, 12, Seasonality.ADDITIVE, FIXED,
                ExponentialSmoothing.heuristicInitialState(CO2, 12, Seasonality.ADDITIVE));
        double[] fitted = model.fittedValues();
        assertThat(fitted[0]).isCloseTo(337.65160999805516, within(1e-8));
        assertThat(fitted[120]).isCloseTo(353.5877229784266, within(1e-8));
        assertThat(fitted[239]).isCloseTo(367.99951397454225, within(1e-8));
        assertThat(model.sse()).isCloseTo(23.01678351304693, within(1e-8));
        List<ExponentialSmoothing.ForecastPoint> f = model.forecast(24, 0.95);
        assertPoint(f.get(0), 368.96145007088313, 368.3544834804716, 369.5684166612947, 1e-8);
        assertPoint(f.get(11), 369.2941541457992, 367.54392096299256, 371.04438732860586, 1e-8);
        assertPoint(f.get(12), 370.3257500243197, 368.40587334573644, 372.24562670290294, 1e-8);
        assertPoint(f.get(23), 370.65845409923577, 367.2335271234702, 374.08338107500134, 1e-8);
    }

    @Test
    void additiveFitMinimisesSseAtLeastAsWellAsStatsmodels() {
        ExponentialSmoothing.Model model = ExponentialSmoothing.fit(CO2, 12, Seasonality.ADDITIVE);
        // ets add fitted: params=[0.6209389924722424, 6.209389924722424e-05, 0.01876698403284748] sse=20.13319210407858
        assertThat(model.sse()).isLessThanOrEqualTo(20.13319210407858 * (1 + 1e-6));
        assertThat(model.parameters().alpha()).isCloseTo(0.6209389924722424, within(2e-3));
        assertThat(model.parameters().beta()).isCloseTo(6.209389924722424e-05, within(2e-3));
        assertThat(model.parameters().gamma()).isCloseTo(0.01876698403284748, within(2e-3));
        assertThat(model.sigma2()).isCloseTo(0.08388830043366076, within(1e-6));
        List<ExponentialSmoothing.ForecastPoint> f = model.forecast(24, 0.95);
        assertPoint(f.get(0), 368.8300833530324, 368.26240963367076, 369.3977570723941, 5e-3);
        assertPoint(f.get(11), 369.3041626291409, 368.00391604736456, 370.6044092109172, 5e-3);
        assertPoint(f.get(23), 370.73217781274326, 368.944863017676, 372.5194926078105, 5e-3);
    }

    @Test
    void multiplicativeRecursionsMatchAndSimulatedIntervalsAgree() {
        ExponentialSmoothing.Model model = ExponentialSmoothing.withParameters(CO2, 12, Seasonality.MULTIPLICATIVE, FIXED,
                ExponentialSmoothing.heuristicInitialState(CO2, 12, Seasonality.MULTIPLICATIVE));
        assertThat(model.fittedValues()[0]).isCloseTo(337.65525107772794, within(1e-8));
        assertThat(model.fittedValues()[120]).isCloseTo(353.6231748182351, within(1e-8));
        assertThat(model.sse()).isCloseTo(23.451269447732486, within(1e-8));
        List<ExponentialSmoothing.ForecastPoint> f = model.forecast(24, 0.95);
        assertSimulated(f.get(0), 368.9638339532576, 368.35353983433384, 369.5794388113987);
        assertSimulated(f.get(11), 369.3640117060399, 367.62596594007476, 371.1325754076602);
        assertSimulated(f.get(23), 370.8050189382059, 367.4138951421134, 374.25447135506175);
    }

    @Test
    void multiplicativeFitMatchesStatsmodels() {
        ExponentialSmoothing.Model model = ExponentialSmoothing.fit(CO2, 12, Seasonality.MULTIPLICATIVE);
        // ets mul fitted: params=[0.6463903055704894, 6.463903055704895e-05, 0.021604876835453746] sse=20.640499426578636
        assertThat(model.sse()).isLessThanOrEqualTo(20.640499426578636 * (1 + 1e-6));
        assertThat(model.parameters().alpha()).isCloseTo(0.6463903055704894, within(2e-3));
        assertThat(model.parameters().gamma()).isCloseTo(0.021604876835453746, within(2e-3));
        List<ExponentialSmoothing.ForecastPoint> f = model.forecast(24, 0.95);
        // fit h=1 / 12 / 24 (statsmodels method="simulated", 20 000 repetitions)
        assertThat(f.get(0).mean()).isCloseTo(368.9394401974866, within(5e-3));
        assertSimulated(f.get(0), f.get(0).mean(), 368.3668866533234, 369.5169760648718);
        assertSimulated(f.get(11), f.get(11).mean(), 368.00109541399996, 370.7023808617635);
        assertSimulated(f.get(23), f.get(23).mean(), 368.92450862318555, 372.62357578644924);
    }

    private static void assertPoint(ExponentialSmoothing.ForecastPoint p, double mean, double lo, double hi, double tolerance) {
        assertThat(p.mean()).isCloseTo(mean, within(tolerance));
        assertThat(p.low()).isCloseTo(lo, within(tolerance));
        assertThat(p.high()).isCloseTo(hi, within(tolerance));
    }

    private static void assertSimulated(ExponentialSmoothing.ForecastPoint p, double mean, double lo, double hi) {
        assertThat(p.mean()).isCloseTo(mean, within(5e-3));
        assertThat(p.low()).isCloseTo(lo, within(0.05 * (mean - lo)));
        assertThat(p.high()).isCloseTo(hi, within(0.05 * (hi - mean)));
    }

    @Test
    void withNoFormAskedTheSeasonThatFitsBetterIsKeptAndFactorsAtTheirBoundsAreNamed() {
        // review F2: a clearly multiplicative series, the season's swing growing with the level (100 + 5 t)(1 + 0.4 sin(2πt/12)),
        // with a small deterministic wobble; the additive default missed it
        double[] y = new double[72];
        for (int t = 0; t < y.length; t++) {
            y[t] = (100 + 5 * t) * (1 + 0.4 * Math.sin(2 * Math.PI * t / 12)) * (1 + 0.01 * ((t * 7) % 5 - 2));
        }
        ExponentialSmoothing.Chosen chosen = ExponentialSmoothing.fitChoosingSeason(y, 12);
        assertThat(chosen.model().seasonality()).isEqualTo(Seasonality.MULTIPLICATIVE);
        assertThat(chosen.multiplicativeSse()).isLessThan(chosen.additiveSse());
        assertThat(chosen.model().sse()).isEqualTo(chosen.multiplicativeSse());
        // a value of 0: the multiplicative form cannot be fitted, the additive one is kept
        double[] withZero = y.clone();
        withZero[5] = 0;
        assertThat(ExponentialSmoothing.fitChoosingSeason(withZero, 12).model().seasonality()).isEqualTo(Seasonality.ADDITIVE);
        // the factors the review saw (α = 0.9999, β = 0.9998, γ = 0) are each at a bound; mid-range ones are not
        ExponentialSmoothing.InitialState init = ExponentialSmoothing.heuristicInitialState(y, 12, Seasonality.ADDITIVE);
        assertThat(ExponentialSmoothing.withParameters(y, 12, Seasonality.ADDITIVE,
                new ExponentialSmoothing.Parameters(0.9999, 0.9998, 0.0), init).atBounds()).containsExactly("alpha", "beta", "gamma");
        assertThat(ExponentialSmoothing.withParameters(y, 12, Seasonality.ADDITIVE,
                new ExponentialSmoothing.Parameters(0.5, 0.1, 0.2), init).atBounds()).isEmpty();
    }
}
