package org.tradedesk.marketing.domain;

/** An alternative's place: 1 is the best. */
public record RankedAlternative(int rank, String name, double score) {
}
