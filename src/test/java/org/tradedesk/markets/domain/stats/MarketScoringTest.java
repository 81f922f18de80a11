package org.tradedesk.markets.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.domain.stats.MarketScoring.Criterion;
import org.tradedesk.markets.domain.stats.MarketScoring.Normalisation;

/** Against pandas (reference/scoring.py; printed outputs below). */
class MarketScoringTest {

    @Test
    void minMaxScoresAndRankingMatchTheReference() {
        MarketScoring.Result r = MarketScoring.score(ScoringFixtures.fourMarkets(), ScoringFixtures.statedWeights(), Normalisation.MIN_MAX);
        // minmax [('USA', '0.7401455026455026'), ('JPN', '0.5035714285714286'), ('DEU', '0.42638888888888893'), ('VNM', '0.3607142857142857')]
        assertThat(r.order()).containsExactly("USA", "JPN", "DEU", "VNM");
        assertThat(r.of("USA").score()).isCloseTo(0.7401455026455026, within(1e-14));
        assertThat(r.of("JPN").score()).isCloseTo(0.5035714285714286, within(1e-14));
        assertThat(r.of("DEU").score()).isCloseTo(0.42638888888888893, within(1e-14));
        assertThat(r.of("VNM").score()).isCloseTo(0.3607142857142857, within(1e-14));
        assertThat(r.of("VNM").rank()).isEqualTo(4);
        assertThat(r.weights().get(Criterion.DEMAND_SIZE)).isEqualTo(0.3);
        assertThat(r.of("VNM").normalised().get(Criterion.TARIFF)).isEqualTo(0.0);
        assertThat(r.of("USA").contributions().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(r.of("USA").score(), within(1e-15));
    }

    @Test
    void zScoresMatchTheReference() {
        MarketScoring.Result r = MarketScoring.score(ScoringFixtures.fourMarkets(), ScoringFixtures.statedWeights(), Normalisation.Z_SCORE);
        // z [('USA', '0.5144991596393144'), ('JPN', '-0.02434686778264361'), ('DEU', '-0.1981196467531258'), ('VNM', '-0.292032645103545')]
        assertThat(r.order()).containsExactly("USA", "JPN", "DEU", "VNM");
        assertThat(r.of("USA").score()).isCloseTo(0.5144991596393144, within(1e-14));
        assertThat(r.of("JPN").score()).isCloseTo(-0.02434686778264361, within(1e-14));
        assertThat(r.of("DEU").score()).isCloseTo(-0.1981196467531258, within(1e-14));
        assertThat(r.of("VNM").score()).isCloseTo(-0.292032645103545, within(1e-14));
    }

    @Test
    void tariffProvenanceIsKeptAndNamedWhenNotFromALoadedSchedule() {
        MarketScoring.Result r = MarketScoring.score(ScoringFixtures.fourMarkets(), ScoringFixtures.statedWeights(), Normalisation.MIN_MAX);
        assertThat(r.of("VNM").access().source()).isEqualTo(MarketAccess.Source.DATASET_AVERAGE);
        assertThat(r.notes()).extracting(n -> n.args().get(0).value()).containsExactly("JPN", "VNM");
        assertThat(r.notes().get(1).args().get(1).value()).isEqualTo("markets.stats.tariff-source.dataset-average");
    }

    @Test
    void rankingIsStableAtTwentyPercentAndReversesAtSixty() {
        MarketScoring.Sensitivity s20 = MarketScoring.sensitivity(ScoringFixtures.fourMarkets(), ScoringFixtures.statedWeights(), Normalisation.MIN_MAX, 0.2);
        assertThat(s20.stable()).isTrue();
        assertThat(s20.cases()).hasSize(12);
        MarketScoring.Sensitivity s60 = MarketScoring.sensitivity(ScoringFixtures.fourMarkets(), ScoringFixtures.statedWeights(), Normalisation.MIN_MAX, 0.6);
        // sensitivity DEMAND_GROWTH 1.6 ['USA', 'JPN', 'VNM', 'DEU'] reversals [('VNM', 'DEU')]
        // sensitivity TARIFF 0.4 ['USA', 'JPN', 'VNM', 'DEU'] reversals [('VNM', 'DEU')]
        List<MarketScoring.SensitivityCase> reversing = s60.cases().stream().filter(c -> !c.reversals().isEmpty()).toList();
        assertThat(reversing).extracting(MarketScoring.SensitivityCase::criterion).containsExactly(Criterion.DEMAND_GROWTH, Criterion.TARIFF);
        assertThat(reversing.get(0).weightFactor()).isCloseTo(1.6, within(1e-12));
        assertThat(reversing.get(1).weightFactor()).isCloseTo(0.4, within(1e-12));
        assertThat(reversing.get(0).ranking()).containsExactly("USA", "JPN", "VNM", "DEU");
        assertThat(reversing.get(0).reversals()).containsExactly(new MarketScoring.Reversal("VNM", "DEU"));
    }

    @Test
    void refusesAMissingValueInsteadOfGuessingIt() {
        List<MarketScoring.Candidate> c = List.of(
                new MarketScoring.Candidate("USA", Map.of(Criterion.DEMAND_SIZE, 1.0), null),
                new MarketScoring.Candidate("JPN", Map.of(), null));
        assertThatThrownBy(() -> MarketScoring.score(c, List.of(MarketScoring.Weight.of(Criterion.DEMAND_SIZE, 1)), Normalisation.MIN_MAX))
                .isInstanceOf(StatisticsInputException.class).hasMessageContaining("markets.stats.scoring.missing").hasMessageContaining("JPN");
        assertThatThrownBy(() -> MarketScoring.Weight.of(Criterion.TARIFF, -1))
                .isInstanceOf(StatisticsInputException.class).hasMessageContaining("markets.stats.scoring.weight");
    }
}
