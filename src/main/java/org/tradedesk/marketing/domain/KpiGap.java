package org.tradedesk.marketing.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The gap of one KPI actual against its target (P3.3.1). {@code gap} is actual − target, read the other
 * way round for a KPI where less is better (cost per lead: target − actual), so a positive gap is always
 * better than the target. {@code percent} is the gap as a share of the target's size, rounded half up to
 * one decimal (a display convention, not a legal rounding); it is null when the target is zero.
 * The target is met when the gap is zero or more; it is over-achieved when the gap is above zero, which
 * prompts the monitor to set a new target (P3.3.2).
 */
public record KpiGap(BigDecimal target, BigDecimal actual, BigDecimal gap, BigDecimal percent, boolean met, boolean overAchieved) {

    public static KpiGap of(KpiKind kind, BigDecimal target, BigDecimal actual) {
        BigDecimal gap = kind.lowerIsBetter() ? target.subtract(actual) : actual.subtract(target);
        BigDecimal percent = target.signum() == 0 ? null
                : gap.multiply(BigDecimal.valueOf(100)).divide(target.abs(), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
        return new KpiGap(target, actual, gap, percent, gap.signum() >= 0, gap.signum() > 0);
    }

    /**
     * Whether an actual is possible for the kind: NPS from −100 to 100, ROI from −100 %, every other kind
     * zero or more (rates at most 100 %), at most 15 digits before and 4 after the point.
     */
    public static boolean acceptsActual(KpiKind kind, BigDecimal v) {
        if (v.precision() - v.scale() > 15 || v.scale() > 4) {
            return false;
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        return switch (kind) {
            case NPS -> v.compareTo(hundred.negate()) >= 0 && v.compareTo(hundred) <= 0;
            case ROI -> v.compareTo(hundred.negate()) >= 0;
            case RESPONSE_RATE, CONVERSION_RATE -> v.signum() >= 0 && v.compareTo(hundred) <= 0;
            default -> v.signum() >= 0;
        };
    }
}
