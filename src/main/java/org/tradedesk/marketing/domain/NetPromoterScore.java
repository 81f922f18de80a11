package org.tradedesk.marketing.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The Net Promoter Score of a set of answers to "How likely is it that you would recommend … to a friend or
 * colleague?" on the 0–10 scale (Reichheld, "The One Number You Need to Grow", Harvard Business Review, December
 * 2003; Bain &amp; Company / Satmetrix's Net Promoter definition): promoters answer 9–10, passives 7–8, detractors
 * 0–6, and NPS = % promoters − % detractors, from −100 to +100.
 *
 * <p>Margin of error at 95 % confidence: each answer counts +1 (promoter), 0 (passive) or −1 (detractor); NPS/100
 * is the mean of those values, whose variance is p + d − (p − d)² with p and d the shares of promoters and
 * detractors; the standard error is √(variance / n) and the margin 1.96 × that × 100 points (the usual normal
 * approximation for a mean of a three-valued variable). Below {@link #MIN_ANSWERS} answers the approximation is
 * not trusted: {@link #tooFewAnswers()} is true and the margin is not given.
 */
public record NetPromoterScore(int promoters, int passives, int detractors) {

    /** Fewer answers than this: the score is shown with a "too few answers" warning and no margin. */
    public static final int MIN_ANSWERS = 30;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal Z95 = new BigDecimal("1.96");
    private static final MathContext MC = MathContext.DECIMAL64;

    public NetPromoterScore {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Counts the ratings; each must be a whole number from 0 to 10. */
    public static NetPromoterScore of(Collection<Integer> ratings) {
        int p = 0;
        int n = 0;
        int d = 0;
        for (Integer r : ratings) {
            if (r == null || r < 0 || r > 10) {
                throw new IllegalArgumentException("a rating is a whole number from 0 to 10: " + r);
            }
            if (r >= 9) {
                p++;
            } else if (r >= 7) {
                n++;
            } else {
                d++;
            }
        }
        return new NetPromoterScore(p, n, d);
    }

    public int answers() {
        return promoters + passives + detractors;
    }

    /** % promoters − % detractors, rounded half up to one decimal; null without answers. */
    public BigDecimal score() {
        if (answers() == 0) {
            return null;
        }
        return BigDecimal.valueOf(promoters - detractors).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(answers()), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal promoterPercent() {
        return percent(promoters);
    }

    public BigDecimal passivePercent() {
        return percent(passives);
    }

    public BigDecimal detractorPercent() {
        return percent(detractors);
    }

    public boolean tooFewAnswers() {
        return answers() < MIN_ANSWERS;
    }

    /** ± points at 95 % confidence, rounded half up to one decimal; null below {@link #MIN_ANSWERS} answers. */
    public BigDecimal marginOfError() {
        if (tooFewAnswers()) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(answers());
        BigDecimal p = BigDecimal.valueOf(promoters).divide(n, MC);
        BigDecimal d = BigDecimal.valueOf(detractors).divide(n, MC);
        BigDecimal variance = p.add(d).subtract(p.subtract(d).pow(2), MC);
        BigDecimal se = variance.divide(n, MC).sqrt(MC);
        return Z95.multiply(se, MC).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    private BigDecimal percent(int count) {
        return answers() == 0 ? null
                : BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(answers()), 1, RoundingMode.HALF_UP);
    }
}
