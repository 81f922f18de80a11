package org.tradedesk.marketing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures come from outside this code: {@code src/test/resources/marketing/selection_reference.py}
 * computes them with numpy's LAPACK eigen-solver (not power iteration) and an independent TOPSIS and
 * weighted sum; its printed output is copied below. The consistent matrix is built from known weights
 * (aᵢⱼ = wᵢ/wⱼ), for which Saaty's theory gives exactly those weights, λmax = n and CR = 0.
 */
class MultiCriteriaSelectionTest {

    static final List<List<Double>> A = List.of(
            List.of(1.0, 3.0, 5.0, 0.5),
            List.of(1 / 3.0, 1.0, 3.0, 0.25),
            List.of(0.2, 1 / 3.0, 1.0, 1 / 6.0),
            List.of(2.0, 4.0, 6.0, 1.0));

    static final List<Criterion> CRITERIA = List.of(
            new Criterion("culture", CriterionKind.BENEFIT, 0.3),
            new Criterion("cost", CriterionKind.COST, 0.2),
            new Criterion("feasibility", CriterionKind.BENEFIT, 0.2),
            new Criterion("fit", CriterionKind.BENEFIT, 0.3));

    static final List<Alternative> ACTIVITIES = List.of(
            new Alternative("fair", List.of(7.0, 120000.0, 6.0, 8.0)),
            new Alternative("distributor", List.of(5.0, 30000.0, 9.0, 6.0)),
            new Alternative("ecommerce", List.of(8.0, 250000.0, 4.0, 9.0)),
            new Alternative("ads", List.of(6.0, 15000.0, 8.0, 5.0)));

    @Test
    void ahpWeightsAreThePrincipalEigenvectorAsNumpyComputesIt() {
        Ahp.Result r = Ahp.weigh(A, 4);
        // numpy: weights [0.31024223 0.13359419 0.06140096 0.49476261] lambda 4.0787836252 CI 0.0262612084 CR 0.0291791204
        assertThat(r.weights()).containsExactly(new double[] {0.31024223, 0.13359419, 0.06140096, 0.49476261}, within(1e-8));
        assertThat(r.lambdaMax()).isCloseTo(4.0787836252, within(1e-9));
        assertThat(r.consistencyIndex()).isCloseTo(0.0262612084, within(1e-9));
        assertThat(r.consistencyRatio()).isCloseTo(0.0291791204, within(1e-9));
    }

    @Test
    void aConsistentMatrixGivesBackItsWeightsWithRatioZero() {
        double[] w = {0.5, 0.25, 0.125, 0.125};
        List<List<Double>> m = new java.util.ArrayList<>();
        for (double wi : w) {
            List<Double> row = new java.util.ArrayList<>();
            for (double wj : w) {
                row.add(wi / wj);
            }
            m.add(row);
        }
        Ahp.Result r = Ahp.weigh(m, 4);
        assertThat(r.weights()).containsExactly(w, within(1e-12));
        assertThat(r.lambdaMax()).isCloseTo(4.0, within(1e-12));
        assertThat(r.consistencyRatio()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void cyclicJudgementsAreFlaggedAsInconsistent() {
        // A over B 9, B over C 9, C over A 9: numpy lambda 10.1111111111, CR 6.1302681992
        List<List<Double>> cyclic = List.of(List.of(1.0, 9.0, 1 / 9.0), List.of(1 / 9.0, 1.0, 9.0), List.of(9.0, 1 / 9.0, 1.0));
        SelectionOutcome out = MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.AHP,
                CRITERIA.subList(0, 3), cyclic, List.of(new Alternative("x", List.of(1.0, 2.0, 3.0)))));
        assertThat(out.consistencyRatio()).isCloseTo(6.1302681992, within(1e-8));
        assertThat(out.inconsistent()).isTrue();
        assertThat(MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.AHP, CRITERIA, A, ACTIVITIES)).inconsistent())
                .isFalse();
    }

    @Test
    void saatysRandomIndexTable() {
        assertThat(Ahp.randomIndex(3)).isEqualTo(0.58);
        assertThat(Ahp.randomIndex(4)).isEqualTo(0.90);
        assertThat(Ahp.randomIndex(10)).isEqualTo(1.49);
    }

    @Test
    void topsisClosenessMatchesTheReference() {
        SelectionOutcome out = MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.TOPSIS, CRITERIA, null, ACTIVITIES));
        // numpy: TOPSIS closeness [0.57531483 0.65117033 0.37130238 0.65046862]
        assertThat(out.ranking()).extracting(RankedAlternative::name).containsExactly("distributor", "ads", "fair", "ecommerce");
        assertThat(out.ranking().get(0).score()).isCloseTo(0.65117033, within(1e-8));
        assertThat(out.ranking().get(1).score()).isCloseTo(0.65046862, within(1e-8));
        assertThat(out.ranking().get(2).score()).isCloseTo(0.57531483, within(1e-8));
        assertThat(out.ranking().get(3).score()).isCloseTo(0.37130238, within(1e-8));
        assertThat(out.consistencyRatio()).isNull();
    }

    @Test
    void weightedSumMatchesTheReference() {
        SelectionOutcome out = MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.WEIGHTED, CRITERIA, null, ACTIVITIES));
        // numpy: WEIGHTED scores [0.6875 0.6875 0.70088889 0.76944444]; the tie keeps the given order
        assertThat(out.ranking()).extracting(RankedAlternative::name).containsExactly("ads", "ecommerce", "fair", "distributor");
        assertThat(out.ranking().get(0).score()).isCloseTo(0.76944444, within(1e-8));
        assertThat(out.ranking().get(1).score()).isCloseTo(0.70088889, within(1e-8));
        assertThat(out.ranking().get(2).score()).isCloseTo(0.6875, within(1e-12));
        assertThat(out.weights()).containsExactly(0.3, 0.2, 0.2, 0.3);
    }

    @Test
    void weightsAreScaledToSumOne() {
        List<Criterion> raw = CRITERIA.stream().map(c -> new Criterion(c.name(), c.kind(), c.weight() * 10)).toList();
        SelectionOutcome out = MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.WEIGHTED, raw, null, ACTIVITIES));
        assertThat(out.weights().get(0)).isCloseTo(0.3, within(1e-12));
        assertThat(out.ranking().get(0).score()).isCloseTo(0.76944444, within(1e-8));
    }

    @Test
    void ahpRanksWithTheEigenvectorWeights() {
        SelectionOutcome out = MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.AHP, CRITERIA, A, ACTIVITIES));
        // numpy: AHP scores [0.76888419 0.6519412 0.84030981 0.69572262]
        assertThat(out.ranking()).extracting(RankedAlternative::name).containsExactly("ecommerce", "fair", "ads", "distributor");
        assertThat(out.ranking().get(0).score()).isCloseTo(0.84030981, within(1e-8));
        assertThat(out.ranking().get(3).score()).isCloseTo(0.6519412, within(1e-8));
        assertThat(out.consistencyRatio()).isCloseTo(0.0291791204, within(1e-9));
    }

    @Test
    void namesEachInconsistentInput() {
        assertThatThrownBy(() -> Ahp.weigh(List.of(List.of(1.0, 2.0), List.of(0.5)), 2))
                .isInstanceOf(SelectionInputInvalid.class).hasMessageContaining("row 2 has 1");
        assertThatThrownBy(() -> Ahp.weigh(List.of(List.of(1.0, 2.0), List.of(0.5, 1.0), List.of(1.0, 1.0)), 2))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.pairwise-not-square").hasMessageContaining("row 3 has 2");
        // acceptance review: two full rows for three criteria named row 2 (which is complete) instead of the missing row 3
        assertThatThrownBy(() -> Ahp.weigh(List.of(List.of(1.0, 3.0, 0.5), List.of(1 / 3.0, 1.0, 0.25)), 3))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.pairwise-not-square").hasMessageContaining("row 3 has 0");
        assertThatThrownBy(() -> Ahp.weigh(List.of(List.of(1.0, 3.0), List.of(3.0, 1.0)), 2))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.pairwise-not-reciprocal")
                .hasMessageContaining("(1, 2)");
        assertThatThrownBy(() -> Ahp.weigh(List.of(List.of(1.0, -2.0), List.of(-0.5, 1.0)), 2))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.pairwise-not-positive");
        assertThatThrownBy(() -> Ahp.weigh(List.of(List.of(2.0, 2.0), List.of(0.5, 1.0)), 2))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.pairwise-diagonal");
        assertThatThrownBy(() -> MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.AHP, CRITERIA, null, ACTIVITIES)))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.pairwise-missing");
        assertThatThrownBy(() -> MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.WEIGHTED, CRITERIA, null,
                List.of(new Alternative("short", List.of(1.0, 2.0))))))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.scores-length")
                .hasMessageContaining("short has 2 scores for 4 criteria");
        List<Criterion> zero = CRITERIA.stream().map(c -> new Criterion(c.name(), c.kind(), 0.0)).toList();
        assertThatThrownBy(() -> MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.TOPSIS, zero, null, ACTIVITIES)))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.weights-sum");
        List<Criterion> missing = List.of(CRITERIA.get(0), new Criterion("cost", CriterionKind.COST, null));
        assertThatThrownBy(() -> MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.WEIGHTED, missing, null,
                List.of(new Alternative("a", List.of(1.0, 2.0))))))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.weight-missing");
        assertThatThrownBy(() -> MultiCriteriaSelection.run(new SelectionInput(SelectionMethod.WEIGHTED, CRITERIA, null,
                List.of(new Alternative("a", List.of(1.0, 0.0, 1.0, 1.0))))))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.score-not-positive");
        assertThatThrownBy(() -> MultiCriteriaSelection.run(new SelectionInput(null, CRITERIA, null, ACTIVITIES)))
                .hasFieldOrPropertyWithValue("messageCode", "marketing.selection.no-method");
    }
}
