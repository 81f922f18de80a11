package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.domain.AlternativeRanking.Candidate;
import org.tradedesk.clearance.domain.RiskRating.Level;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.Money;

/** The risk matrix (likelihood × impact → level) and the ranking rule (cost, then risk, then first recorded). */
class IssueRulesTest {

    @Test
    void levelFollowsTheScoreBands() {
        assertThat(new RiskRating(2, 2).score()).isEqualTo(4);
        assertThat(new RiskRating(2, 2).level()).isEqualTo(Level.LOW);
        assertThat(new RiskRating(1, 5).level()).isEqualTo(Level.MEDIUM);
        assertThat(new RiskRating(3, 3).level()).isEqualTo(Level.MEDIUM);
        assertThat(new RiskRating(2, 5).level()).isEqualTo(Level.HIGH);
        assertThat(new RiskRating(4, 4).level()).isEqualTo(Level.HIGH);
        assertThat(new RiskRating(4, 5).score()).isEqualTo(20);
        assertThat(new RiskRating(4, 5).level()).isEqualTo(Level.EXTREME);
    }

    @Test
    void outOfRangeIsRefused() {
        assertThatThrownBy(() -> new RiskRating(0, 3)).isInstanceOf(InvalidValueException.class).hasMessageContaining("likelihood");
        assertThatThrownBy(() -> new RiskRating(3, 6)).isInstanceOf(InvalidValueException.class).hasMessageContaining("impact");
    }

    @Test
    void ranksByCostThenRiskThenFirstRecorded() {
        Candidate mfn = new Candidate(1, Money.of("12500.00", "TWD"), new RiskRating(1, 1));
        Candidate fta = new Candidate(2, Money.of("0.00", "TWD"), new RiskRating(3, 4));
        Candidate bonded = new Candidate(3, Money.of("4000.00", "TWD"), new RiskRating(2, 2));
        Candidate tco = new Candidate(4, Money.of("0.00", "TWD"), new RiskRating(2, 3));
        Candidate reExport = new Candidate(5, Money.of("4000.00", "TWD"), new RiskRating(2, 2));
        assertThat(AlternativeRanking.rank(List.of(mfn, fta, bonded, tco, reExport)).stream().map(Candidate::id))
                .containsExactly(4L, 2L, 3L, 5L, 1L);
    }

    @Test
    void differentCurrenciesAreNotRanked() {
        assertThatThrownBy(() -> AlternativeRanking.rank(List.of(new Candidate(1, Money.of("1", "TWD"), new RiskRating(1, 1)),
                new Candidate(2, Money.of("1", "USD"), new RiskRating(1, 1))))).isInstanceOf(InvalidValueException.class);
    }
}
