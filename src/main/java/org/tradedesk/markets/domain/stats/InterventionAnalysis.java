package org.tradedesk.markets.domain.stats;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tradedesk.shared.MessageText;

/**
 * Before/after analysis of a tariff or FTA change.
 *
 * <p>Interrupted time series (segmented regression, Wagner et al. 2002):
 * {@code y_t = b0 + b1 t + b2 D_t + b3 (t - T0) D_t + e_t} with {@code D_t = 1} from the change {@code T0} on;
 * b2 is the level change at the change, b3 the change of slope (time since change).
 *
 * <p>Difference-in-differences against comparison markets (pooled OLS):
 * {@code y_it = a + b treated_i + c post_t + d treated_i post_t + e_it}; d is the effect. Classical standard
 * errors (no clustering), so with few markets the p-value is optimistic; both say so in their notes.
 * Pass logarithms to read effects as approximate relative changes.
 */
public final class InterventionAnalysis {

    public static final String ITS = "markets.stats.formula.interrupted-time-series";
    public static final String DID = "markets.stats.formula.difference-in-differences";

    private InterventionAnalysis() {
    }

    public record SegmentedRegression(String formula, double changeAt, Coefficient baselineLevel, Coefficient baselineSlope,
                                      Coefficient levelChange, Coefficient slopeChange, int pointsBefore, int pointsAfter,
                                      List<MessageText> notes) {
        public SegmentedRegression {
            notes = List.copyOf(notes);
        }
    }

    /** One market's value in one period, treated (faced the change) or a comparison market. */
    public record PanelPoint(String market, double period, double value, boolean treated) {
    }

    public record DifferenceInDifferences(String formula, double changeAt, Coefficient effect, Coefficient treatedDifference,
                                          Coefficient periodDifference, int observations, List<String> treatedMarkets,
                                          List<String> comparisonMarkets, List<MessageText> notes) {
        public DifferenceInDifferences {
            treatedMarkets = List.copyOf(treatedMarkets);
            comparisonMarkets = List.copyOf(comparisonMarkets);
            notes = List.copyOf(notes);
        }
    }

    public static SegmentedRegression interruptedTimeSeries(double[] t, double[] y, double changeAt, double confidence) {
        if (t.length != y.length) {
            throw new StatisticsInputException("markets.stats.lengths-differ", t.length, y.length);
        }
        double[][] x = new double[t.length][];
        int before = 0;
        for (int i = 0; i < t.length; i++) {
            double d = t[i] >= changeAt ? 1 : 0;
            before += t[i] < changeAt ? 1 : 0;
            // time centred on the change (review t2fixL 6): the intercept is the level the pre-change trend gives at the change
            // (ln value in the change period), not a level at year 0 (25.58, SE 73.18: meaningless)
            x[i] = new double[] {1, t[i] - changeAt, d, (t[i] - changeAt) * d};
        }
        int after = t.length - before;
        if (before < 2 || after < 2) {
            throw new StatisticsInputException("markets.stats.its.too-few-points", before, after, 2);
        }
        Ols ols = Ols.fit(x, y);
        return new SegmentedRegression(ITS, changeAt,
                Coefficient.from("markets.stats.its.baseline-level", ols, 0, confidence),
                Coefficient.from("markets.stats.its.baseline-slope", ols, 1, confidence),
                Coefficient.from("markets.stats.its.level-change", ols, 2, confidence),
                Coefficient.from("markets.stats.its.slope-change", ols, 3, confidence),
                before, after, List.of(MessageText.of("markets.stats.before-after.association-only")));
    }

    public static DifferenceInDifferences differenceInDifferences(List<PanelPoint> points, double changeAt, double confidence) {
        Set<String> treated = new LinkedHashSet<>();
        Set<String> comparison = new LinkedHashSet<>();
        int[] cells = new int[4];
        double[][] x = new double[points.size()][];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            PanelPoint p = points.get(i);
            (p.treated() ? treated : comparison).add(p.market());
            double tr = p.treated() ? 1 : 0;
            double post = p.period() >= changeAt ? 1 : 0;
            cells[(int) (2 * tr + post)]++;
            x[i] = new double[] {1, tr, post, tr * post};
            y[i] = p.value();
        }
        for (String m : treated) {
            if (comparison.contains(m)) {
                throw new StatisticsInputException("markets.stats.did.market-both-sides", m);
            }
        }
        for (int c : cells) {
            if (c == 0) {
                throw new StatisticsInputException("markets.stats.did.empty-cell", cells[0], cells[1], cells[2], cells[3]);
            }
        }
        Ols ols = Ols.fit(x, y);
        return new DifferenceInDifferences(DID, changeAt,
                Coefficient.from("markets.stats.did.effect", ols, 3, confidence),
                Coefficient.from("markets.stats.did.treated-difference", ols, 1, confidence),
                Coefficient.from("markets.stats.did.period-difference", ols, 2, confidence),
                points.size(), List.copyOf(treated), List.copyOf(comparison),
                List.of(MessageText.of("markets.stats.did.classical-se"),
                        MessageText.of("markets.stats.before-after.association-only")));
    }
}
