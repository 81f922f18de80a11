package org.tradedesk.clearance.domain;

import org.tradedesk.shared.InvalidValueException;

/**
 * A risk as likelihood (1–5) × impact (1–5), the 5 × 5 matrix of ISO 31000 practice. The level follows the score:
 * 1–4 {@link Level#LOW}, 5–9 {@link Level#MEDIUM}, 10–16 {@link Level#HIGH}, 20–25 {@link Level#EXTREME}.
 */
public record RiskRating(int likelihood, int impact) {

    public enum Level { LOW, MEDIUM, HIGH, EXTREME }

    public RiskRating {
        if (likelihood < 1 || likelihood > 5) {
            throw new InvalidValueException("clearance.issue.likelihood.range", "likelihood must be 1 to 5: " + likelihood);
        }
        if (impact < 1 || impact > 5) {
            throw new InvalidValueException("clearance.issue.impact.range", "impact must be 1 to 5: " + impact);
        }
    }

    public int score() {
        return likelihood * impact;
    }

    public Level level() {
        int score = score();
        if (score <= 4) {
            return Level.LOW;
        }
        if (score <= 9) {
            return Level.MEDIUM;
        }
        return score <= 16 ? Level.HIGH : Level.EXTREME;
    }
}
