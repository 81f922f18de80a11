package org.tradedesk.marketing.domain;

import java.util.List;

/**
 * Analytic Hierarchy Process (Saaty): the criteria's weights are the principal (Perron) eigenvector of
 * the positive reciprocal pairwise comparison matrix, found by power iteration and scaled to sum 1.
 * λmax is the mean of (A·w)ᵢ / wᵢ; the consistency index CI = (λmax − n) / (n − 1) and the
 * consistency ratio CR = CI / RI with Saaty's random index RI for n (T. L. Saaty, The Analytic
 * Hierarchy Process, 1980, table 1.7: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49).
 * A CR above 0.10 means the judgements are not consistent enough and should be revised.
 */
public final class Ahp {

    public static final double ACCEPTABLE_CONSISTENCY_RATIO = 0.10;
    public static final int MAX_SIZE = 10;
    private static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    /** Entries are typed as decimals (1/3 as 0.333), so reciprocity is checked to this relative tolerance. */
    private static final double RECIPROCAL_TOLERANCE = 0.01;
    private static final int MAX_ITERATIONS = 10_000;
    private static final double CONVERGED = 1e-13;

    /** Weights, λmax, CI and CR of one pairwise matrix. */
    public record Result(double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio) {
    }

    private Ahp() {
    }

    /** Saaty's random consistency index for a matrix of size n (1 ≤ n ≤ 10). */
    public static double randomIndex(int n) {
        return RANDOM_INDEX[n];
    }

    /** Checks the matrix (square, positive, ones on the diagonal, reciprocal) and derives the weights. */
    public static Result weigh(List<List<Double>> pairwise, int size) {
        double[][] a = check(pairwise, size);
        int n = size;
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = multiply(a, w);
            double sum = 0;
            for (double v : next) {
                sum += v;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (change < CONVERGED) {
                break;
            }
        }
        double[] aw = multiply(a, w);
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            lambda += aw[i] / w[i];
        }
        lambda /= n;
        double ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
        double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n];
        return new Result(w, lambda, ci, cr);
    }

    static double[][] check(List<List<Double>> pairwise, int size) {
        if (pairwise == null || pairwise.isEmpty()) {
            throw SelectionInputInvalid.pairwiseMissing();
        }
        if (pairwise.size() != size) {
            // the first row that is missing (it has no values) or the first one too many
            int row = pairwise.size() < size ? pairwise.size() + 1 : size + 1;
            List<Double> extra = pairwise.size() > size ? pairwise.get(size) : null;
            throw SelectionInputInvalid.pairwiseNotSquare(size, row, extra == null ? 0 : extra.size());
        }
        double[][] a = new double[size][size];
        for (int i = 0; i < size; i++) {
            List<Double> row = pairwise.get(i);
            if (row == null || row.size() != size) {
                throw SelectionInputInvalid.pairwiseNotSquare(size, i + 1, row == null ? 0 : row.size());
            }
            for (int j = 0; j < size; j++) {
                Double v = row.get(j);
                if (v == null || !Double.isFinite(v) || v <= 0) {
                    throw SelectionInputInvalid.pairwiseNotPositive(i + 1, j + 1);
                }
                a[i][j] = v;
            }
        }
        for (int i = 0; i < size; i++) {
            if (Math.abs(a[i][i] - 1) > RECIPROCAL_TOLERANCE) {
                throw SelectionInputInvalid.pairwiseDiagonal(i + 1);
            }
            for (int j = i + 1; j < size; j++) {
                if (Math.abs(a[i][j] * a[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    throw SelectionInputInvalid.pairwiseNotReciprocal(i + 1, j + 1);
                }
            }
        }
        return a;
    }

    private static double[] multiply(double[][] a, double[] w) {
        double[] r = new double[w.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += a[i][j] * w[j];
            }
            r[i] = s;
        }
        return r;
    }
}
