package org.tradedesk.markets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.ParameterInvalid;
import org.tradedesk.markets.ResearchProjects;

/**
 * t2fixR 5: a typed rate's bounds are checked in one place, the scoring's ({@link ResearchProjects#typedRateProblem}). The
 * decision form passes the scored product's rates on as typed — a negative or too high one too, for the scoring to refuse
 * with its own words — and checks by the same rule only the rates the scoring never sees (another product's); its own
 * problems it leaves to {@code decide} to name with the others. The pages' wording is unchanged (T2FixOTest, T2FixJTest).
 */
class DecisionFormRatesCheckedOnceTest {

    static DecisionForm form(String tariffs) {
        return new DecisionForm(1L, "M", "8542", null, null, 40.0, 40.0, null, null, 20.0, null, "HIGHER_IS_BETTER", null, tariffs, 0.2,
                "CHN: largest", null, null, null, null, null);
    }

    @Test
    void theScoredProductsRatesGoToTheScoringAsTypedForItToCheck() {
        List<ParameterInvalid> problems = new ArrayList<>();
        ResearchProjects.ScoringRequest r = form("8542 CHN=-1; 8542 KOR=2000; 8542 USA=2").scoring(List.of("8542", "8541"), problems);
        // before: the form refused -1 and 2000 itself and left them out of the request
        assertThat(problems).isEmpty();
        assertThat(r.tariffs()).containsEntry("CHN", -1.0).containsEntry("KOR", 2000.0).containsEntry("USA", 2.0);
        assertThat(ResearchProjects.typedRateProblem("CHN", -1).getMessage()).contains("markets.query.reason.tariff-negative");
        assertThat(ResearchProjects.typedRateProblem("KOR", 2000).getMessage()).contains("markets.query.reason.tariff-range");
        assertThat(ResearchProjects.typedRateProblem("USA", 2)).isNull();
    }

    @Test
    void aRateTheScoringNeverSeesIsCheckedByTheSameRule() {
        List<ParameterInvalid> problems = new ArrayList<>();
        ResearchProjects.ScoringRequest r = form("8541 CHN=-1; 8542 CHN=3; 8541 KOR=2000").scoring(List.of("8542", "8541"), problems);
        assertThat(r.tariffs()).containsOnlyKeys("CHN").containsEntry("CHN", 3.0);
        assertThat(problems).extracting(ParameterInvalid::field).containsExactly("tariffs.CHN", "tariffs.KOR");
        assertThat(problems.get(0).getMessage()).contains("markets.query.reason.tariff-negative");
        assertThat(problems.get(1).getMessage()).contains("markets.query.reason.tariff-range");
    }
}
