package org.tradedesk.markets.domain.stats;

import java.util.Arrays;

/**
 * Classical decomposition by moving averages, as statsmodels {@code seasonal_decompose(x, model, period)}
 * computes it (two-sided filter, no trend extrapolation): the trend is the centred moving average
 * (2×m for an even period m, weights ½,1,…,1,½ over m+1 points; m points for odd m), undefined (NaN)
 * for the first and last ⌊m/2⌋ points; the seasonal figure of each position in the cycle is the mean of
 * the detrended values at that position, centred to sum 0 (additive) or to average 1 (multiplicative);
 * the residual is what is left. Positions count from the first value, so give series starting in the
 * month the caller wants as position 0. Needs at least two full cycles.
 */
public final class SeasonalDecomposition {

    public static final String FORMULA = "markets.stats.formula.classical-decomposition";

    private SeasonalDecomposition() {
    }

    public record Components(String formula, Seasonality model, int period, double[] observed, double[] trend,
                             double[] seasonal, double[] residual, double[] seasonalFigures) {

        /** Arrays are copied out so a caller cannot change a result another one reads. */
        @Override
        public double[] trend() {
            return trend.clone();
        }

        @Override
        public double[] seasonal() {
            return seasonal.clone();
        }

        @Override
        public double[] residual() {
            return residual.clone();
        }

        @Override
        public double[] observed() {
            return observed.clone();
        }

        @Override
        public double[] seasonalFigures() {
            return seasonalFigures.clone();
        }
    }

    public static Components decompose(double[] x, int period, Seasonality model) {
        if (period < 2) {
            throw new StatisticsInputException("markets.stats.season.period", period);
        }
        int n = x.length;
        if (n < 2 * period) {
            throw new StatisticsInputException("markets.stats.season.too-short", n, 2 * period);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || (model == Seasonality.MULTIPLICATIVE && x[i] <= 0)) {
                throw new StatisticsInputException("markets.stats.season.value", i + 1, x[i]);
            }
        }
        double[] weights;
        if (period % 2 == 0) {
            weights = new double[period + 1];
            Arrays.fill(weights, 1.0 / period);
            weights[0] = 0.5 / period;
            weights[period] = 0.5 / period;
        } else {
            weights = new double[period];
            Arrays.fill(weights, 1.0 / period);
        }
        int half = weights.length / 2;
        double[] trend = new double[n];
        for (int i = 0; i < n; i++) {
            if (i < half || i + half >= n) {
                trend[i] = Double.NaN;
                continue;
            }
            double s = 0;
            for (int j = 0; j < weights.length; j++) {
                s += weights[j] * x[i - half + j];
            }
            trend[i] = s;
        }
        boolean add = model == Seasonality.ADDITIVE;
        double[] detrended = new double[n];
        for (int i = 0; i < n; i++) {
            detrended[i] = add ? x[i] - trend[i] : x[i] / trend[i];
        }
        double[] figures = new double[period];
        for (int p = 0; p < period; p++) {
            double s = 0;
            int c = 0;
            for (int i = p; i < n; i += period) {
                if (!Double.isNaN(detrended[i])) {
                    s += detrended[i];
                    c++;
                }
            }
            figures[p] = s / c;
        }
        double mean = Arrays.stream(figures).average().orElseThrow();
        for (int p = 0; p < period; p++) {
            figures[p] = add ? figures[p] - mean : figures[p] / mean;
        }
        double[] seasonal = new double[n];
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            seasonal[i] = figures[i % period];
            residual[i] = add ? detrended[i] - seasonal[i] : detrended[i] / seasonal[i];
        }
        return new Components(FORMULA, model, period, x.clone(), trend, seasonal, residual, figures);
    }
}
