package org.tradedesk.marketing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks alternatives on several criteria (P3.1.4). Checks the whole input first and names the first
 * problem; computes nothing half.
 *
 * <ul>
 * <li>WEIGHTED and AHP: score = Σ wⱼ·rᵢⱼ with ratio normalisation, rᵢⱼ = xᵢⱼ / maxᵢ xᵢⱼ on a benefit
 * criterion and minᵢ xᵢⱼ / xᵢⱼ on a cost criterion (so the best alternative on a criterion gets 1);
 * scores must be above zero. WEIGHTED takes the criteria's weights (scaled to sum 1); AHP derives them
 * from the pairwise matrix ({@link Ahp}).</li>
 * <li>TOPSIS (Hwang and Yoon 1981): vector normalisation rᵢⱼ = xᵢⱼ / √Σᵢ xᵢⱼ², weighted vᵢⱼ = wⱼ·rᵢⱼ;
 * the ideal takes the best of each column (max for benefit, min for cost), the anti-ideal the worst;
 * the closeness coefficient Cᵢ = d⁻ / (d⁺ + d⁻) with Euclidean distances. Weights from the criteria,
 * or from the pairwise matrix when one is given and no weights are.</li>
 * </ul>
 * Ties keep the order in which the alternatives were given.
 */
public final class MultiCriteriaSelection {

    public static final int MAX_CRITERIA = Ahp.MAX_SIZE;
    public static final int MAX_ALTERNATIVES = 100;

    private MultiCriteriaSelection() {
    }

    public static SelectionOutcome run(SelectionInput input) {
        if (input.method() == null) {
            throw SelectionInputInvalid.noMethod();
        }
        List<Criterion> criteria = input.criteria();
        if (criteria == null || criteria.isEmpty()) {
            throw SelectionInputInvalid.noCriteria();
        }
        if (criteria.size() > MAX_CRITERIA) {
            throw SelectionInputInvalid.tooManyCriteria(MAX_CRITERIA);
        }
        for (int j = 0; j < criteria.size(); j++) {
            Criterion c = criteria.get(j);
            if (c == null || c.name() == null || c.name().isBlank() || c.kind() == null) {
                throw SelectionInputInvalid.criterionIncomplete(j + 1);
            }
        }
        List<Alternative> alternatives = input.alternatives();
        if (alternatives == null || alternatives.isEmpty()) {
            throw SelectionInputInvalid.noAlternatives();
        }
        if (alternatives.size() > MAX_ALTERNATIVES) {
            throw SelectionInputInvalid.tooManyAlternatives(MAX_ALTERNATIVES);
        }
        int n = criteria.size();
        int m = alternatives.size();
        double[][] x = new double[m][n];
        for (int i = 0; i < m; i++) {
            Alternative alt = alternatives.get(i);
            if (alt == null || alt.name() == null || alt.name().isBlank()) {
                throw SelectionInputInvalid.alternativeUnnamed(i + 1);
            }
            int given = alt.scores() == null ? 0 : alt.scores().size();
            if (given != n) {
                throw SelectionInputInvalid.scoresWrongLength(alt.name(), given, n);
            }
            for (int j = 0; j < n; j++) {
                Double v = alt.scores().get(j);
                if (v == null || !Double.isFinite(v)) {
                    throw SelectionInputInvalid.scoreNotFinite(alt.name(), criteria.get(j).name());
                }
                if (v < 0 || (v == 0 && input.method() != SelectionMethod.TOPSIS)) {
                    throw SelectionInputInvalid.scoreNotPositive(alt.name(), criteria.get(j).name());
                }
                x[i][j] = v;
            }
        }
        double[] weights;
        Double ci = null;
        Double cr = null;
        boolean fromPairwise = input.method() == SelectionMethod.AHP
                || (input.method() == SelectionMethod.TOPSIS && input.pairwise() != null
                        && criteria.stream().allMatch(c -> c.weight() == null));
        if (fromPairwise) {
            Ahp.Result ahp = Ahp.weigh(input.pairwise(), n);
            weights = ahp.weights();
            ci = ahp.consistencyIndex();
            cr = ahp.consistencyRatio();
        } else {
            weights = givenWeights(criteria);
        }
        double[] scores = input.method() == SelectionMethod.TOPSIS ? topsis(x, criteria, weights) : weightedSum(x, criteria, weights);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));
        List<RankedAlternative> ranking = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            int i = order.get(k);
            ranking.add(new RankedAlternative(k + 1, alternatives.get(i).name(), scores[i]));
        }
        List<Double> w = new ArrayList<>();
        for (double v : weights) {
            w.add(v);
        }
        return new SelectionOutcome(input.method(), w, ci, cr, ranking);
    }

    static double[] givenWeights(List<Criterion> criteria) {
        double[] w = new double[criteria.size()];
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            Double v = criteria.get(j).weight();
            if (v == null) {
                throw SelectionInputInvalid.weightMissing(criteria.get(j).name());
            }
            if (!Double.isFinite(v) || v < 0) {
                throw SelectionInputInvalid.weightNegative(criteria.get(j).name());
            }
            w[j] = v;
            sum += v;
        }
        if (!(sum > 0)) {
            throw SelectionInputInvalid.weightsSumNotPositive();
        }
        for (int j = 0; j < w.length; j++) {
            w[j] /= sum;
        }
        return w;
    }

    static double[] weightedSum(double[][] x, List<Criterion> criteria, double[] w) {
        int m = x.length;
        int n = w.length;
        double[] score = new double[m];
        for (int j = 0; j < n; j++) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (double[] row : x) {
                max = Math.max(max, row[j]);
                min = Math.min(min, row[j]);
            }
            for (int i = 0; i < m; i++) {
                double r = criteria.get(j).kind() == CriterionKind.BENEFIT ? x[i][j] / max : min / x[i][j];
                score[i] += w[j] * r;
            }
        }
        return score;
    }

    static double[] topsis(double[][] x, List<Criterion> criteria, double[] w) {
        int m = x.length;
        int n = w.length;
        double[][] v = new double[m][n];
        double[] best = new double[n];
        double[] worst = new double[n];
        for (int j = 0; j < n; j++) {
            double norm = 0;
            for (double[] row : x) {
                norm += row[j] * row[j];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                throw SelectionInputInvalid.columnAllZero(criteria.get(j).name());
            }
            boolean benefit = criteria.get(j).kind() == CriterionKind.BENEFIT;
            best[j] = benefit ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            worst[j] = benefit ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                v[i][j] = w[j] * x[i][j] / norm;
                best[j] = benefit ? Math.max(best[j], v[i][j]) : Math.min(best[j], v[i][j]);
                worst[j] = benefit ? Math.min(worst[j], v[i][j]) : Math.max(worst[j], v[i][j]);
            }
        }
        double[] closeness = new double[m];
        for (int i = 0; i < m; i++) {
            double dPlus = 0;
            double dMinus = 0;
            for (int j = 0; j < n; j++) {
                dPlus += (v[i][j] - best[j]) * (v[i][j] - best[j]);
                dMinus += (v[i][j] - worst[j]) * (v[i][j] - worst[j]);
            }
            dPlus = Math.sqrt(dPlus);
            dMinus = Math.sqrt(dMinus);
            // every alternative equal on every weighted criterion: all equally close
            closeness[i] = dPlus + dMinus == 0 ? 0.5 : dMinus / (dPlus + dMinus);
        }
        return closeness;
    }
}
