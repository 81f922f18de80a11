package org.tradedesk.markets.domain.stats;

import java.util.ArrayList;
import java.util.List;
import org.tradedesk.shared.MessageText;

/**
 * Lagged cross-correlation and Granger causality between an explanatory series x (GDP, a tariff rate) and
 * a trade series y. Both only show association in time: a common cause, or anticipation, gives the same
 * figures. Every result carries the message code that says so.
 */
public final class LaggedAssociation {

    public static final String CCF = "markets.stats.formula.cross-correlation";
    public static final String GRANGER = "markets.stats.formula.granger";
    public static final String CCF_ASSOCIATION_ONLY = "markets.stats.ccf.association-only";
    public static final String GRANGER_ASSOCIATION_ONLY = "markets.stats.granger.association-only";

    private LaggedAssociation() {
    }

    /**
     * Pearson correlation of {@code x_t} with {@code y_{t+lag}} over the overlapping pairs (a positive lag:
     * x leads y), with the t test {@code r √((n-2)/(1-r²))} on n − 2 degrees of freedom.
     */
    public record LagCorrelation(int lag, int pairs, double correlation, double pValue) {
    }

    public record CrossCorrelation(String formula, List<LagCorrelation> lags, MessageText label) {
        public CrossCorrelation {
            lags = List.copyOf(lags);
        }
    }

    /**
     * Granger's test that lags 1…p of x add to lags 1…p of y: restricted {@code y_t = c + Σ a_i y_{t-i}},
     * unrestricted {@code + Σ b_i x_{t-i}}, {@code F = ((S_r - S_u)/p) / (S_u/(n - p - 2p - 1))} on the
     * {@code n - p} usable rows; the "ssr F test" of statsmodels {@code grangercausalitytests}.
     */
    public record GrangerTest(String formula, int lags, double fStatistic, int dfNumerator, int dfDenominator,
                              double pValue, int observationsUsed, MessageText label) {
    }

    public static CrossCorrelation crossCorrelation(double[] x, double[] y, int maxLag) {
        if (x.length != y.length) {
            throw new StatisticsInputException("markets.stats.lengths-differ", x.length, y.length);
        }
        if (maxLag < 0 || maxLag > x.length - 3) {
            throw new StatisticsInputException("markets.stats.lag.invalid", maxLag, x.length - 3);
        }
        List<LagCorrelation> out = new ArrayList<>();
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            List<double[]> pairs = new ArrayList<>();
            for (int t = 0; t < x.length; t++) {
                int u = t + lag;
                if (u >= 0 && u < y.length) {
                    pairs.add(new double[] {x[t], y[u]});
                }
            }
            double r = pearson(pairs);
            int n = pairs.size();
            double p = n > 2 && Math.abs(r) < 1 ? Ols.twoSidedP(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2) : Double.NaN;
            out.add(new LagCorrelation(lag, n, r, p));
        }
        return new CrossCorrelation(CCF, out, MessageText.of(CCF_ASSOCIATION_ONLY));
    }

    /** Granger test of "x helps predict y" with {@code lags} lags, as chosen by the user. */
    public static GrangerTest granger(double[] y, double[] x, int lags) {
        if (x.length != y.length) {
            throw new StatisticsInputException("markets.stats.lengths-differ", y.length, x.length);
        }
        int rows = y.length - lags;
        int df2 = rows - 2 * lags - 1;
        if (lags < 1 || df2 < 1) {
            throw new StatisticsInputException("markets.stats.lag.invalid", lags, (y.length - 2) / 3);
        }
        double[][] restricted = new double[rows][];
        double[][] unrestricted = new double[rows][];
        double[] target = new double[rows];
        for (int r = 0; r < rows; r++) {
            int t = r + lags;
            target[r] = y[t];
            double[] rr = new double[1 + lags];
            double[] ur = new double[1 + 2 * lags];
            rr[0] = 1;
            ur[0] = 1;
            for (int i = 1; i <= lags; i++) {
                rr[i] = y[t - i];
                ur[i] = y[t - i];
                ur[lags + i] = x[t - i];
            }
            restricted[r] = rr;
            unrestricted[r] = ur;
        }
        double sr = Ols.fit(restricted, target).ssr();
        double su = Ols.fit(unrestricted, target).ssr();
        double f = ((sr - su) / lags) / (su / df2);
        return new GrangerTest(GRANGER, lags, f, lags, df2, Ols.fUpperTail(f, lags, df2), rows,
                MessageText.of(GRANGER_ASSOCIATION_ONLY));
    }

    private static double pearson(List<double[]> pairs) {
        int n = pairs.size();
        double mx = 0;
        double my = 0;
        for (double[] p : pairs) {
            mx += p[0] / n;
            my += p[1] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
