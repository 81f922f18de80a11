package org.tradedesk.marketing.domain;

/** A criterion of the selection; {@code weight} may be null when AHP derives the weights. */
public record Criterion(String name, CriterionKind kind, Double weight) {
}
