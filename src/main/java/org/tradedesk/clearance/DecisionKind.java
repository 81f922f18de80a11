package org.tradedesk.clearance;

/** The customs decision a dispute is about. */
public enum DecisionKind {
    DUTY_ASSESSMENT, RECLASSIFICATION, VALUATION_UPLIFT, ORIGIN_DENIED, PENALTY, OTHER
}
