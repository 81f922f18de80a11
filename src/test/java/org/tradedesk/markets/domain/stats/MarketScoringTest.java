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

    /**
     * Review 5: HHI 0.5199999997 and 0.5199999987 both print 0.5200, yet min–max made them 0 and 1. Values closer than
     * {@link MarketScoring#TIE_TOLERANCE} (relative) are the same figure, so equal printed figures score equally.
     */
    @Test
    void equalPrintedFiguresScoreEquallyNotZeroAndOne() {
        MarketScoring.Candidate a = new MarketScoring.Candidate("AAA", Map.of(Criterion.SUPPLIER_CONCENTRATION, 0.5199999997,
                Criterion.UNIT_VALUE, 7.0600000001, Criterion.DEMAND_SIZE, 100.0), null);
        MarketScoring.Candidate b = new MarketScoring.Candidate("BBB", Map.of(Criterion.SUPPLIER_CONCENTRATION, 0.5199999987,
                Criterion.UNIT_VALUE, 7.0599999999, Criterion.DEMAND_SIZE, 200.0), null);
        MarketScoring.Result r = MarketScoring.score(List.of(a, b), List.of(MarketScoring.Weight.of(Criterion.SUPPLIER_CONCENTRATION, 50),
                MarketScoring.Weight.of(Criterion.UNIT_VALUE, 50)), Normalisation.MIN_MAX);
        assertThat(r.of("AAA").score()).isEqualTo(r.of("BBB").score());
        assertThat(r.of("AAA").normalised().get(Criterion.SUPPLIER_CONCENTRATION)).isEqualTo(0.5);
        assertThat(r.notes()).hasSize(2); // both criteria: "the markets' values are equal, no effect on the ranking"
        // a real difference at the printed precision still counts: 0.5200 vs 0.5201
        MarketScoring.Candidate c = new MarketScoring.Candidate("CCC", Map.of(Criterion.SUPPLIER_CONCENTRATION, 0.5201), null);
        MarketScoring.Candidate d = new MarketScoring.Candidate("DDD", Map.of(Criterion.SUPPLIER_CONCENTRATION, 0.52), null);
        assertThat(MarketScoring.score(List.of(c, d), List.of(MarketScoring.Weight.of(Criterion.SUPPLIER_CONCENTRATION, 1)),
                Normalisation.MIN_MAX).order()).containsExactly("DDD", "CCC");
    }

    /** Review 1: 1e308 twice overflowed the sum (every weight ÷ ∞ = 0, every score 0, answered 200); refused with the limit. */
    @Test
    void overflowingWeightsAreRefused() {
        assertThatThrownBy(() -> MarketScoring.score(ScoringFixtures.fourMarkets(), List.of(MarketScoring.Weight.of(Criterion.DEMAND_SIZE, 1e308),
                MarketScoring.Weight.of(Criterion.DEMAND_GROWTH, 1e308)), Normalisation.MIN_MAX))
                .isInstanceOf(StatisticsInputException.class).hasMessageContaining("markets.stats.scoring.weight-too-large");
    }
}
