package org.tradedesk.marketing.domain;

/** Whether more is better (benefit) or less is better (cost) on a criterion. */
public enum CriterionKind { BENEFIT, COST }
