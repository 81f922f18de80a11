package org.tradedesk.markets.domain;

import java.util.List;
import org.tradedesk.markets.domain.stats.TrendRegression;

/**
 * Growth of a yearly series, as trade-map tools define it. Compound annual growth between the first and the last
 * point: {@code (last / first)^(1 / years) − 1}. Log-linear trend growth: the least-squares slope {@code b} of
 * {@code ln(value)} on the year gives {@code e^b − 1}, and its 95 % confidence interval is
 * {@code e^(b ± t(0.975, n − 2)·se(b)) − 1}. No trend under 4 points (years); points with a value ≤ 0 cannot be
 * logged and make the trend undefined. Plain Java.
 */
public final class Growth {

    /** Fewer points than this give no trend. */
    public static final int MIN_TREND_POINTS = 4;

    /** A point of the series: {@code time} in years (2019, or 2019 + (month − 1) / 12 for months). */
    public record Point(double time, double value) {
    }

    /** The trend growth and its 95 % interval, as fractions (0.0802 = 8.02 % a year). */
    public record Trend(double growth, double low, double high, int points) {
    }

    private Growth() {
    }

    /** Compound annual growth from the first to the last point, or null (fewer than 2 points, a value ≤ 0, no time between). */
    public static Double cagr(List<Point> points) {
        if (points.size() < 2) {
            return null;
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        double years = last.time() - first.time();
        if (years <= 0 || first.value() <= 0 || last.value() <= 0) {
            return null;
        }
        return Math.pow(last.value() / first.value(), 1.0 / years) - 1;
    }

    /**
     * Log-linear least-squares trend growth with its 95 % confidence interval, or null (under 4 points, a value ≤ 0, no
     * time between): the statistics package's regression ({@link TrendRegression#logLinear}), reduced to the growth.
     */
    public static Trend trend(List<Point> points) {
        if (points.size() < MIN_TREND_POINTS) {
            return null;
        }
        double[] t = new double[points.size()];
        double[] v = new double[points.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = points.get(i).time();
            v[i] = points.get(i).value();
        }
        TrendRegression.Result fitted = TrendRegression.logLinear(t, v, 0.95);
        if (!fitted.hasTrend()) {
            return null;
        }
        TrendRegression.Trend trend = fitted.trend();
        return new Trend(trend.growth(), trend.growthLow(), trend.growthHigh(), points.size());
    }
}
