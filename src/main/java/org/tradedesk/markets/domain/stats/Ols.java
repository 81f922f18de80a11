package org.tradedesk.markets.domain.stats;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.special.Beta;

/**
 * Ordinary least squares with the classical (homoskedastic) covariance, as statsmodels {@code OLS(y, X).fit()}
 * reports it: coefficients by QR, {@code s² = SSR / (n - k)}, {@code cov = s² (X'X)⁻¹}, t tests on
 * {@code n - k} degrees of freedom. The design matrix is given with its constant column, if any.
 */
public final class Ols {

    private final double[] beta;
    private final double[] standardErrors;
    private final double[] residuals;
    private final double ssr;
    private final int n;
    private final int k;
    private final RealMatrix xtxInverse;

    private Ols(double[] beta, double[] se, double[] residuals, double ssr, int n, int k, RealMatrix xtxInverse) {
        this.beta = beta;
        this.standardErrors = se;
        this.residuals = residuals;
        this.ssr = ssr;
        this.n = n;
        this.k = k;
        this.xtxInverse = xtxInverse;
    }

    /** Fits {@code y = X b + e}; rows of {@code x} are observations. Refuses fewer rows than columns + 1. */
    public static Ols fit(double[][] x, double[] y) {
        int n = y.length;
        if (n == 0 || x.length != n) {
            throw new StatisticsInputException("markets.stats.ols.shape", n, x.length);
        }
        int k = x[0].length;
        if (n <= k) {
            throw new StatisticsInputException("markets.stats.too-few-points", n, k + 1);
        }
        RealMatrix design = new Array2DRowRealMatrix(x, true);
        RealVector target = new ArrayRealVector(y, true);
        QRDecomposition qr = new QRDecomposition(design, 1e-12);
        DecompositionSolver solver = qr.getSolver();
        if (!solver.isNonSingular()) {
            throw new StatisticsInputException("markets.stats.ols.singular", n, k);
        }
        RealVector b = solver.solve(target);
        RealVector e = target.subtract(design.operate(b));
        double ssr = e.dotProduct(e);
        // (X'X)⁻¹ = R⁻¹ R⁻ᵀ from the QR of X itself: forming X'X squares the condition number (years near 2020).
        RealMatrix r = qr.getR().getSubMatrix(0, k - 1, 0, k - 1);
        RealMatrix rInv = MatrixUtils.inverse(r);
        RealMatrix inv = rInv.multiplyTransposed(rInv);
        double s2 = ssr / (n - k);
        double[] se = new double[k];
        for (int j = 0; j < k; j++) {
            se[j] = Math.sqrt(s2 * inv.getEntry(j, j));
        }
        return new Ols(b.toArray(), se, e.toArray(), ssr, n, k, inv);
    }

    public double[] coefficients() {
        return beta.clone();
    }

    public double coefficient(int j) {
        return beta[j];
    }

    public double standardError(int j) {
        return standardErrors[j];
    }

    public double tValue(int j) {
        return beta[j] / standardErrors[j];
    }

    /** Two-sided p-value of {@code b_j = 0} on the residual degrees of freedom. */
    public double pValue(int j) {
        return twoSidedP(tValue(j), residualDf());
    }

    public double[] residuals() {
        return residuals.clone();
    }

    public double ssr() {
        return ssr;
    }

    public int observations() {
        return n;
    }

    public int parameters() {
        return k;
    }

    public int residualDf() {
        return n - k;
    }

    /** Residual variance {@code SSR / (n - k)}. */
    public double scale() {
        return ssr / (n - k);
    }

    /** {@code x' (X'X)⁻¹ x}: the leverage-like factor of a new row, used for the intervals of a fitted value. */
    public double quadraticForm(double[] row) {
        RealVector v = new ArrayRealVector(row, false);
        return v.dotProduct(xtxInverse.operate(v));
    }

    public double predict(double[] row) {
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += beta[j] * row[j];
        }
        return s;
    }

    static double twoSidedP(double t, int df) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        // I_{df/(df+t²)}(df/2, 1/2) is the two-sided tail; called directly for full double precision.
        return Beta.regularizedBeta(df / (df + t * t), 0.5 * df, 0.5, 1e-15, 10_000);
    }

    static double tQuantile(double confidence, int df) {
        return new TDistribution(df, 1e-14).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    static double fUpperTail(double f, int df1, int df2) {
        if (Double.isNaN(f)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 1.0;
        }
        // Upper tail of F(d1, d2) = I_{d2/(d2+d1 f)}(d2/2, d1/2), without the cancellation of 1 - CDF.
        return Beta.regularizedBeta(df2 / (df2 + df1 * f), 0.5 * df2, 0.5 * df1, 1e-15, 10_000);
    }
}
