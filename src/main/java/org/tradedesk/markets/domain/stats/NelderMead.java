package org.tradedesk.markets.domain.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/** Nelder–Mead simplex minimiser (standard coefficients 1, 2, ½, ½); small and enough for 3 smoothing parameters. */
final class NelderMead {

    private NelderMead() {
    }

    static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxEvaluations, double tolerance) {
        int d = start.length;
        double[][] p = new double[d + 1][];
        double[] v = new double[d + 1];
        p[0] = start.clone();
        for (int i = 1; i <= d; i++) {
            p[i] = start.clone();
            p[i][i - 1] += step;
        }
        for (int i = 0; i <= d; i++) {
            v[i] = f.applyAsDouble(p[i]);
        }
        int evaluations = d + 1;
        Integer[] order = new Integer[d + 1];
        while (evaluations < maxEvaluations) {
            for (int i = 0; i <= d; i++) {
                order[i] = i;
            }
            double[] vv = v;
            Arrays.sort(order, Comparator.comparingDouble(i -> vv[i]));
            double[][] ps = new double[d + 1][];
            double[] vs = new double[d + 1];
            for (int i = 0; i <= d; i++) {
                ps[i] = p[order[i]];
                vs[i] = v[order[i]];
            }
            p = ps;
            v = vs;
            if (Math.abs(v[d] - v[0]) <= tolerance * (Math.abs(v[0]) + 1e-30)) {
                break;
            }
            double[] centroid = new double[d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    centroid[j] += p[i][j] / d;
                }
            }
            double[] reflected = towards(centroid, p[d], -1);
            double fr = f.applyAsDouble(reflected);
            evaluations++;
            if (fr < v[0]) {
                double[] expanded = towards(centroid, p[d], -2);
                double fe = f.applyAsDouble(expanded);
                evaluations++;
                if (fe < fr) {
                    p[d] = expanded;
                    v[d] = fe;
                } else {
                    p[d] = reflected;
                    v[d] = fr;
                }
            } else if (fr < v[d - 1]) {
                p[d] = reflected;
                v[d] = fr;
            } else {
                boolean outside = fr < v[d];
                double[] contracted = towards(centroid, outside ? reflected : p[d], 0.5);
                double fc = f.applyAsDouble(contracted);
                evaluations++;
                if (fc < Math.min(fr, v[d])) {
                    p[d] = contracted;
                    v[d] = fc;
                } else {
                    for (int i = 1; i <= d; i++) {
                        p[i] = towards(p[0], p[i], 0.5);
                        v[i] = f.applyAsDouble(p[i]);
                        evaluations++;
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= d; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return p[best];
    }

    /** {@code c + k (x - c)}. */
    private static double[] towards(double[] c, double[] x, double k) {
        double[] r = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            r[i] = c[i] + k * (x[i] - c[i]);
        }
        return r;
    }
}
