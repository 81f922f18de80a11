package org.tradedesk.markets.domain.stats;

import java.util.ArrayList;
import java.util.List;
import org.tradedesk.shared.MessageText;

/**
 * Chow (1960) test of a structural break at a known date in the linear trend {@code y = a + b t}:
 * {@code F = ((S_p - (S_1 + S_2)) / k) / ((S_1 + S_2) / (n_1 + n_2 - 2k))} with {@code S} the residual sums of
 * squares of the pooled fit and of the fits before ({@code t < breakAt}) and from the break on, {@code k = 2};
 * p-value from F(k, n - 2k). Each side needs more points than parameters.
 */
public final class StructuralBreak {

    public static final String FORMULA = "markets.stats.formula.chow";

    private StructuralBreak() {
    }

    public record ChowTest(String formula, double breakAt, double fStatistic, int dfNumerator, int dfDenominator,
                           double pValue, int pointsBefore, int pointsAfter, List<MessageText> notes) {
        public ChowTest {
            notes = List.copyOf(notes);
        }
    }

    /** Chow test on the trend of {@code y} over {@code t}, the second regime starting at {@code breakAt}. */
    public static ChowTest chow(double[] t, double[] y, double breakAt, double significance) {
        if (t.length != y.length) {
            throw new StatisticsInputException("markets.stats.lengths-differ", t.length, y.length);
        }
        List<double[]> x1 = new ArrayList<>();
        List<Double> y1 = new ArrayList<>();
        List<double[]> x2 = new ArrayList<>();
        List<Double> y2 = new ArrayList<>();
        double[][] all = new double[t.length][];
        for (int i = 0; i < t.length; i++) {
            all[i] = new double[] {1, t[i]};
            (t[i] < breakAt ? x1 : x2).add(all[i]);
            (t[i] < breakAt ? y1 : y2).add(y[i]);
        }
        int k = 2;
        if (y1.size() <= k || y2.size() <= k) {
            throw new StatisticsInputException("markets.stats.chow.too-few-points", y1.size(), y2.size(), k + 1);
        }
        double sp = Ols.fit(all, y).ssr();
        double s1 = Ols.fit(x1.toArray(double[][]::new), y1.stream().mapToDouble(Double::doubleValue).toArray()).ssr();
        double s2 = Ols.fit(x2.toArray(double[][]::new), y2.stream().mapToDouble(Double::doubleValue).toArray()).ssr();
        int df2 = t.length - 2 * k;
        double f = ((sp - (s1 + s2)) / k) / ((s1 + s2) / df2);
        double p = Ols.fUpperTail(f, k, df2);
        List<MessageText> notes = new ArrayList<>();
        notes.add(MessageText.of(p < significance ? "markets.stats.chow.break" : "markets.stats.chow.no-break",
                MessageText.Arg.literal(TrendRegression.format(breakAt)), MessageText.Arg.literal(TrendRegression.round(p))));
        return new ChowTest(FORMULA, breakAt, f, k, df2, p, y1.size(), y2.size(), notes);
    }
}
