package org.tradedesk.markets.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.domain.stats.DecisionCheck.Choice;
import org.tradedesk.markets.domain.stats.DecisionCheck.Finding;
import org.tradedesk.markets.domain.stats.DecisionCheck.Severity;

/** Decisions checked against the scoring of reference/scoring.py and real trends from the portal file. */
class DecisionCheckTest {

    private static final MarketScoring.Result SCORING =
            MarketScoring.score(ScoringFixtures.fourMarkets(), ScoringFixtures.statedWeights(), MarketScoring.Normalisation.MIN_MAX);
    private static final MarketScoring.Sensitivity SENSITIVITY =
            MarketScoring.sensitivity(ScoringFixtures.fourMarkets(), ScoringFixtures.statedWeights(), MarketScoring.Normalisation.MIN_MAX, 0.6);

    private static final double[] YEARS = RealFiles.years(2019, 2024);
    private static final Map<String, TrendRegression.Result> TRENDS = Map.of(
            "USA", TrendRegression.logLinear(YEARS, RealFiles.values(RealFiles.portalSeries("USA"), 2019, 2024), 0.95),
            "DEU", TrendRegression.logLinear(YEARS, RealFiles.values(RealFiles.portalSeries("KOR"), 2019, 2024), 0.95),
            // shrinking 10 % a year, exactly
            "JPN", TrendRegression.logLinear(YEARS, new double[] {100, 90, 81, 72.9, 65.61, 59.049}, 0.95),
            "VNM", TrendRegression.logLinear(new double[] {2023, 2024}, new double[] {5, 7}, 0.95));

    @Test
    void theBestScoringGrowingMarketRaisesNothing() {
        assertThat(DecisionCheck.check(List.of(new Choice("USA", "")), SCORING, TRENDS, SENSITIVITY)).isEmpty();
    }

    @Test
    void aShrinkingMarketChosenWithoutReasonIsAWarning() {
        List<Finding> f = DecisionCheck.check(List.of(new Choice("USA", null), new Choice("JPN", " ")), SCORING, TRENDS, SENSITIVITY);
        assertThat(f).extracting(Finding::severity, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "markets.stats.decision.shrinking"),
                        org.assertj.core.groups.Tuple.tuple(Severity.INFO, "markets.stats.decision.tariff-not-loaded"));
        assertThat(f.get(0).text().args().get(1).value()).isEqualTo("-10.00");
    }

    @Test
    void theLowestScoreWithTooFewYearsIsFlaggedAndAReasonTurnsWarningsIntoInformation() {
        List<Finding> without = DecisionCheck.check(List.of(new Choice("VNM", null)), SCORING, TRENDS, SENSITIVITY);
        assertThat(without).extracting(Finding::code).containsExactly("markets.stats.decision.no-trend",
                "markets.stats.decision.lowest-score", "markets.stats.decision.tariff-not-loaded", "markets.stats.decision.rank-sensitive");
        assertThat(without.get(0).severity()).isEqualTo(Severity.WARNING);

        List<Finding> with = DecisionCheck.check(List.of(new Choice("VNM", "FTA with Taiwan under negotiation")), SCORING, TRENDS, SENSITIVITY);
        assertThat(with).extracting(Finding::code).startsWith("markets.stats.decision.no-trend.reasoned",
                "markets.stats.decision.lowest-score.reasoned");
        assertThat(with).extracting(Finding::severity).containsOnly(Severity.INFO);
    }

    @Test
    void aMarketOutrankedByOneNotChosenIsNamed() {
        List<Finding> f = DecisionCheck.check(List.of(new Choice("DEU", null)), SCORING, TRENDS, null);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("markets.stats.decision.outranked");
            assertThat(x.text().args().get(2).kind()).isEqualTo(org.tradedesk.shared.MessageText.Kind.COUNTRY);
            assertThat(x.text().args().get(2).value()).isEqualTo("USA,JPN");
        });
    }

    @Test
    void anUnscoredMarketOrNoChoiceIsAnError() {
        assertThat(DecisionCheck.check(List.of(new Choice("FRA", "x")), SCORING, TRENDS, null))
                .extracting(Finding::severity, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "markets.stats.decision.not-scored"));
        assertThat(DecisionCheck.check(List.of(), SCORING, TRENDS, null)).extracting(Finding::code)
                .containsExactly("markets.stats.decision.nothing-chosen");
    }
}
