package org.tradedesk.marketing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KpiGapTest {

    @Test
    void aShortfallIsNegativeWithItsShareOfTheTarget() {
        // 150 leads wanted, 120 reached: 30 short, 30/150 = 20 % short.
        KpiGap g = KpiGap.of(KpiKind.LEADS, new BigDecimal("150"), new BigDecimal("120"));
        assertThat(g.gap()).isEqualByComparingTo("-30");
        assertThat(g.percent()).isEqualByComparingTo("-20.0");
        assertThat(g.met()).isFalse();
        assertThat(g.overAchieved()).isFalse();
    }

    @Test
    void beatingTheTargetIsFlaggedAsOverAchieved() {
        // 200 enquiries wanted, 230 reached: 30 over, 15 %.
        KpiGap g = KpiGap.of(KpiKind.ENQUIRIES, new BigDecimal("200"), new BigDecimal("230"));
        assertThat(g.gap()).isEqualByComparingTo("30");
        assertThat(g.percent()).isEqualByComparingTo("15.0");
        assertThat(g.overAchieved()).isTrue();
    }

    @Test
    void exactlyOnTargetIsMetButNotOverAchieved() {
        KpiGap g = KpiGap.of(KpiKind.ORDERS, new BigDecimal("12"), new BigDecimal("12.0"));
        assertThat(g.met()).isTrue();
        assertThat(g.overAchieved()).isFalse();
        assertThat(g.percent()).isEqualByComparingTo("0");
    }

    @Test
    void forCostPerLeadLessIsBetter() {
        // Target 500 per lead, actual 400: 100 better, 20 %; actual 650: 150 worse, −30 %.
        KpiGap cheaper = KpiGap.of(KpiKind.COST_PER_LEAD, new BigDecimal("500"), new BigDecimal("400"));
        assertThat(cheaper.gap()).isEqualByComparingTo("100");
        assertThat(cheaper.percent()).isEqualByComparingTo("20.0");
        assertThat(cheaper.overAchieved()).isTrue();
        KpiGap dearer = KpiGap.of(KpiKind.COST_PER_LEAD, new BigDecimal("500"), new BigDecimal("650"));
        assertThat(dearer.gap()).isEqualByComparingTo("-150");
        assertThat(dearer.percent()).isEqualByComparingTo("-30.0");
        assertThat(dearer.met()).isFalse();
    }

    @Test
    void aNegativeTargetTakesItsSizeAndAZeroTargetHasNoPercentage() {
        // NPS target −20, actual −10: 10 points better, 10/20 = 50 %.
        KpiGap nps = KpiGap.of(KpiKind.NPS, new BigDecimal("-20"), new BigDecimal("-10"));
        assertThat(nps.gap()).isEqualByComparingTo("10");
        assertThat(nps.percent()).isEqualByComparingTo("50.0");
        KpiGap zero = KpiGap.of(KpiKind.ROI, BigDecimal.ZERO, new BigDecimal("3"));
        assertThat(zero.percent()).isNull();
        assertThat(zero.overAchieved()).isTrue();
    }

    @Test
    void thePercentageIsRoundedHalfUpToOneDecimal() {
        // 1 short of 3: −33.333… → −33.3; 2 short of 3: −66.666… → −66.7.
        assertThat(KpiGap.of(KpiKind.LEADS, new BigDecimal("3"), new BigDecimal("2")).percent()).isEqualByComparingTo("-33.3");
        assertThat(KpiGap.of(KpiKind.LEADS, new BigDecimal("3"), new BigDecimal("1")).percent()).isEqualByComparingTo("-66.7");
    }
}
