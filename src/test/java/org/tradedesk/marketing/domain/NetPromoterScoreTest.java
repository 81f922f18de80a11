package org.tradedesk.marketing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NPS as Reichheld defined it (HBR, December 2003) and Bain &amp; Company publish it: promoters 9–10, passives 7–8,
 * detractors 0–6; NPS = % promoters − % detractors. The figures below are worked by hand.
 */
class NetPromoterScoreTest {

    @Test
    void fortyAnswersGiveTheScoreAndItsMarginOfError() {
        // 20 promoters, 12 passives, 8 detractors (n = 40):
        //   % promoters 50.0, % detractors 20.0 → NPS = 50.0 − 20.0 = 30.0
        //   p = 0.5, d = 0.2; variance of the +1/0/−1 values = p + d − (p − d)² = 0.7 − 0.09 = 0.61
        //   SE = √(0.61 / 40) = √0.01525 = 0.123491; margin = 1.96 × 0.123491 × 100 = 24.204 → ± 24.2 points
        List<Integer> ratings = new ArrayList<>();
        ratings.addAll(Collections.nCopies(12, 10));
        ratings.addAll(Collections.nCopies(8, 9));
        ratings.addAll(Collections.nCopies(7, 8));
        ratings.addAll(Collections.nCopies(5, 7));
        ratings.addAll(Collections.nCopies(5, 6));
        ratings.addAll(Collections.nCopies(3, 0));
        NetPromoterScore n = NetPromoterScore.of(ratings);
        assertThat(n.answers()).isEqualTo(40);
        assertThat(n.promoters()).isEqualTo(20);
        assertThat(n.passives()).isEqualTo(12);
        assertThat(n.detractors()).isEqualTo(8);
        assertThat(n.score()).isEqualByComparingTo("30.0");
        assertThat(n.promoterPercent()).isEqualByComparingTo("50.0");
        assertThat(n.detractorPercent()).isEqualByComparingTo("20.0");
        assertThat(n.tooFewAnswers()).isFalse();
        assertThat(n.marginOfError()).isEqualByComparingTo("24.2");
    }

    @Test
    void aFewAnswersGiveTheScoreWithATooFewWarningAndNoMargin() {
        // 10, 9, 10 promoters; 8, 7 passives; 6, 3 detractors: (3 − 2) / 7 × 100 = 14.2857… → 14.3
        NetPromoterScore n = NetPromoterScore.of(List.of(10, 9, 8, 7, 6, 3, 10));
        assertThat(n.score()).isEqualByComparingTo("14.3");
        assertThat(n.tooFewAnswers()).isTrue();
        assertThat(n.marginOfError()).isNull();
    }

    @Test
    void theBandsAreSixSevenAndNine() {
        assertThat(NetPromoterScore.of(List.of(6))).isEqualTo(new NetPromoterScore(0, 0, 1));
        assertThat(NetPromoterScore.of(List.of(7))).isEqualTo(new NetPromoterScore(0, 1, 0));
        assertThat(NetPromoterScore.of(List.of(8))).isEqualTo(new NetPromoterScore(0, 1, 0));
        assertThat(NetPromoterScore.of(List.of(9))).isEqualTo(new NetPromoterScore(1, 0, 0));
        // all detractors: −100; all promoters: +100
        assertThat(NetPromoterScore.of(List.of(0, 6)).score()).isEqualByComparingTo("-100.0");
        assertThat(NetPromoterScore.of(List.of(9, 10)).score()).isEqualByComparingTo("100.0");
    }

    @Test
    void thirtyIdenticalAnswersHaveNoSpread() {
        // all 30 promoters: p = 1, d = 0, variance = 1 − 1 = 0 → margin 0.0
        NetPromoterScore n = NetPromoterScore.of(Collections.nCopies(30, 10));
        assertThat(n.marginOfError()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void noAnswerHasNoScoreAndARatingOutsideTheScaleIsRefused() {
        assertThat(NetPromoterScore.of(List.of()).score()).isNull();
        assertThatThrownBy(() -> NetPromoterScore.of(List.of(11))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetPromoterScore.of(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
