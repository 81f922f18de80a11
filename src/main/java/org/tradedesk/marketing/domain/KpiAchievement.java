package org.tradedesk.marketing.domain;

import java.math.BigDecimal;

/**
 * How a campaign stands against its KPI targets (dashboard): of {@code total} targets, {@code measured} have an
 * actual and {@code met} of those meet their target by the latest actual ({@link KpiGap#met}); the worst gap is the
 * lowest gap % among the measured ones ({@link KpiGap#percent}, null when none is measured or every measured target
 * is zero), with its kind.
 */
public record KpiAchievement(int total, int measured, int met, BigDecimal worstPercent, KpiKind worstKind) {

    /** Collects the targets of one campaign, each with its latest actual or null. */
    public static final class Builder {
        private int total;
        private int measured;
        private int met;
        private BigDecimal worst;
        private KpiKind worstKind;

        public Builder add(KpiKind kind, BigDecimal target, BigDecimal latestActual) {
            total++;
            if (latestActual != null) {
                measured++;
                KpiGap gap = KpiGap.of(kind, target, latestActual);
                if (gap.met()) {
                    met++;
                }
                if (gap.percent() != null && (worst == null || gap.percent().compareTo(worst) < 0)) {
                    worst = gap.percent();
                    worstKind = kind;
                }
            }
            return this;
        }

        public KpiAchievement build() {
            return new KpiAchievement(total, measured, met, worst, worstKind);
        }
    }
}
