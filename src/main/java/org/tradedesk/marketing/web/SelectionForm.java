package org.tradedesk.marketing.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradedesk.marketing.ActivityView;
import org.tradedesk.marketing.SelectionRequest;
import org.tradedesk.marketing.domain.SelectionMethod;

/**
 * The selection page: method; for WEIGHTED and TOPSIS the four weights; for AHP the six pairwise
 * judgements of the upper triangle (culture–cost, culture–feasibility, culture–fit, cost–feasibility,
 * cost–fit, feasibility–fit) on Saaty's scale, 9 … 2, 1, 1/2 … 1/9, the lower triangle being their
 * reciprocals; each activity's four scores (1–10) and whether it is chosen; the reasons.
 */
record SelectionForm(
        @NotNull SelectionMethod method,
        @Size(max = 4) List<@DecimalMin("0") @DecimalMax("100") Double> weights,
        @Size(max = 6) List<String> judgements,
        @Valid @Size(max = 50) List<Row> rows,
        @Size(max = 4000) String reasons) {

    SelectionForm {
        // the page draws one select per pair and one weight per criterion: a post without them (or a form rebuilt
        // after an unreadable value) is shown with the neutral judgement 1 and no weight rather than failing
        if (judgements == null || judgements.size() < PAIRS_COUNT) {
            List<String> filled = new java.util.ArrayList<>(judgements == null ? List.of() : judgements);
            while (filled.size() < PAIRS_COUNT) {
                filled.add("1");
            }
            judgements = filled;
        }
        if (weights == null || weights.size() < 4) {
            List<Double> filled = new java.util.ArrayList<>(weights == null ? List.of() : weights);
            while (filled.size() < 4) {
                filled.add(null);
            }
            weights = filled;
        }
    }

    private static final int PAIRS_COUNT = 6;

    static final List<String> SCALE = List.of("9", "8", "7", "6", "5", "4", "3", "2", "1", "1/2", "1/3", "1/4", "1/5", "1/6",
            "1/7", "1/8", "1/9");
    /** The pairs of the upper triangle, in the order of {@code judgements}. */
    static final int[][] PAIRS = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}};

    record Row(Long activityId, String name,
            @DecimalMin("1") @DecimalMax("10") Double culture, @DecimalMin("1") @DecimalMax("10") Double cost,
            @DecimalMin("1") @DecimalMax("10") Double feasibility, @DecimalMin("1") @DecimalMax("10") Double fit, Boolean chosen) {
    }

    static SelectionForm blank(List<ActivityView> activities) {
        List<Row> rows = activities.stream().map(a -> new Row(a.id(), a.name(), null, null, null, null, a.chosen())).toList();
        return new SelectionForm(SelectionMethod.AHP, List.of(25.0, 25.0, 25.0, 25.0),
                List.of("1", "1", "1", "1", "1", "1"), rows, null);
    }

    /** The full reciprocal matrix of the six judgements; a judgement off the scale is refused by name. */
    List<List<Double>> pairwise() {
        double[][] m = new double[4][4];
        for (int i = 0; i < 4; i++) {
            m[i][i] = 1;
        }
        for (int k = 0; k < PAIRS.length; k++) {
            String j = judgements == null || judgements.size() <= k ? null : judgements.get(k);
            if (j == null || !SCALE.contains(j)) {
                throw new org.tradedesk.marketing.MarketingInputInvalid("marketing.selection.judgement", "judgement " + (k + 1)
                        + " is not on the 1–9 scale", String.valueOf(k + 1));
            }
            double v = j.startsWith("1/") ? 1.0 / Integer.parseInt(j.substring(2)) : Integer.parseInt(j);
            m[PAIRS[k][0]][PAIRS[k][1]] = v;
            m[PAIRS[k][1]][PAIRS[k][0]] = 1 / v;
        }
        List<List<Double>> out = new ArrayList<>();
        for (double[] r : m) {
            out.add(java.util.Arrays.stream(r).boxed().toList());
        }
        return out;
    }

    SelectionRequest toRequest() {
        Map<Long, List<Double>> scores = new LinkedHashMap<>();
        Set<Long> chosen = new LinkedHashSet<>();
        for (Row r : rows == null ? List.<Row>of() : rows) {
            if (r.activityId() == null) {
                continue;
            }
            java.util.ArrayList<Double> s = new java.util.ArrayList<>();
            s.add(r.culture());
            s.add(r.cost());
            s.add(r.feasibility());
            s.add(r.fit());
            scores.put(r.activityId(), s);
            if (Boolean.TRUE.equals(r.chosen())) {
                chosen.add(r.activityId());
            }
        }
        return new SelectionRequest(method, method == SelectionMethod.AHP ? null : weights,
                method == SelectionMethod.AHP ? pairwise() : null, scores, reasons, chosen);
    }
}
