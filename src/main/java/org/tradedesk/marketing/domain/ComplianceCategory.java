package org.tradedesk.marketing.domain;

/** The kinds of check an activity's compliance checklist covers (P3.2.5: law, ethics, safety, culture). */
public enum ComplianceCategory {
    FAIR_TRADE, CONSUMER, PERSONAL_DATA, SAFETY, ETHICS, CULTURAL
}
