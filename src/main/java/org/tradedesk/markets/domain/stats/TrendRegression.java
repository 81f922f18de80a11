package org.tradedesk.markets.domain.stats;

import java.util.ArrayList;
import java.util.List;
import org.tradedesk.shared.MessageText;

/**
 * Log-linear trend {@code ln v_t = a + b t + e_t} by OLS, the trend growth ITC Trade Map reports:
 * {@code g = e^b - 1}, with the t-based confidence interval of b turned the same way. Bands for any t:
 * the confidence interval of the trend line {@code ŷ ± t s √(x'(X'X)⁻¹x)} and the prediction interval of
 * a new year {@code ŷ ± t s √(1 + x'(X'X)⁻¹x)}, computed on logs and back-transformed with {@code exp}
 * (so they are intervals for the median, asymmetric in value). No trend under {@value #MIN_POINTS} points,
 * nor when a value is zero or negative (the logarithm is undefined).
 */
public final class TrendRegression {

    public static final int MIN_POINTS = 4;
    public static final String FORMULA = "markets.stats.formula.log-linear-trend";

    private TrendRegression() {
    }

    /** The answer: a trend, or none with the reason in {@code notes}. */
    public record Result(Trend trend, List<MessageText> notes) {
        public Result {
            notes = List.copyOf(notes);
        }

        public boolean hasTrend() {
            return trend != null;
        }
    }

    /**
     * A fitted trend. {@code growth} etc. are fractions (0.0802 = 8.02 % a year); {@code pValue} tests
     * {@code b = 0}.
     */
    public record Trend(String formula, int points, double confidence, double intercept, double slope, double slopeStandardError,
                        double growth, double growthLow, double growthHigh, double pValue, double rSquared,
                        double residualStandardError, Fit fit) {

        /** Fitted value and its bands at {@code t} (a period inside or beyond the data). */
        public Band at(double t) {
            return fit.band(t, confidence);
        }
    }

    /** One point of the trend line with its confidence (mean) and prediction (new value) intervals, in value units. */
    public record Band(double t, double fitted, double confidenceLow, double confidenceHigh,
                       double predictionLow, double predictionHigh) {
    }

    /** The regression behind a trend (kept so bands can be drawn for any period). */
    public static final class Fit {
        private final Ols ols;

        Fit(Ols ols) {
            this.ols = ols;
        }

        Band band(double t, double confidence) {
            double[] row = {1, t};
            double yhat = ols.predict(row);
            double q = ols.quadraticForm(row);
            double s = Math.sqrt(ols.scale());
            double tq = Ols.tQuantile(confidence, ols.residualDf());
            double ci = tq * s * Math.sqrt(q);
            double pi = tq * s * Math.sqrt(1 + q);
            return new Band(t, Math.exp(yhat), Math.exp(yhat - ci), Math.exp(yhat + ci), Math.exp(yhat - pi), Math.exp(yhat + pi));
        }
    }

    /** Fits the trend of {@code values} over {@code periods} (years, or any equally meaningful time index). */
    public static Result logLinear(double[] periods, double[] values, double confidence) {
        if (periods.length != values.length) {
            throw new StatisticsInputException("markets.stats.lengths-differ", periods.length, values.length);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new StatisticsInputException("markets.stats.confidence.invalid", confidence);
        }
        List<MessageText> notes = new ArrayList<>();
        if (periods.length < MIN_POINTS) {
            notes.add(MessageText.of("markets.stats.trend.too-few-points",
                    MessageText.Arg.number(periods.length), MessageText.Arg.number(MIN_POINTS)));
            return new Result(null, notes);
        }
        double[][] x = new double[periods.length][];
        double[] y = new double[periods.length];
        for (int i = 0; i < periods.length; i++) {
            if (!(values[i] > 0)) {
                notes.add(MessageText.of("markets.stats.trend.non-positive", MessageText.Arg.literal(format(periods[i]))));
                return new Result(null, notes);
            }
            x[i] = new double[] {1, periods[i]};
            y[i] = Math.log(values[i]);
        }
        Ols ols = Ols.fit(x, y);
        double b = ols.coefficient(1);
        double se = ols.standardError(1);
        double tq = Ols.tQuantile(confidence, ols.residualDf());
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double sst = 0;
        for (double v : y) {
            sst += (v - mean) * (v - mean);
        }
        double r2 = sst == 0 ? Double.NaN : 1 - ols.ssr() / sst;
        Trend trend = new Trend(FORMULA, periods.length, confidence, ols.coefficient(0), b, se,
                Math.expm1(b), Math.expm1(b - tq * se), Math.expm1(b + tq * se), ols.pValue(1), r2,
                Math.sqrt(ols.scale()), new Fit(ols));
        if (trend.pValue() > 1 - confidence) {
            notes.add(MessageText.of("markets.stats.trend.not-significant", MessageText.Arg.literal(round(trend.pValue()))));
        }
        return new Result(trend, notes);
    }

    static String format(double period) {
        return period == Math.rint(period) ? Long.toString((long) period) : Double.toString(period);
    }

    static String round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).toPlainString();
    }
}
