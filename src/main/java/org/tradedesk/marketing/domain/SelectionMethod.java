package org.tradedesk.marketing.domain;

/**
 * How the candidate activities are ranked.
 * WEIGHTED: weighted sum of ratio-normalised scores; AHP: weights from the principal eigenvector of
 * the criteria's pairwise comparisons, then the weighted sum; TOPSIS: closeness to the ideal solution.
 */
public enum SelectionMethod { WEIGHTED, AHP, TOPSIS }
