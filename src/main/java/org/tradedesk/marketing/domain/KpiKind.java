package org.tradedesk.marketing.domain;

/**
 * What a KPI target counts (P3.2.4): counts (leads, enquiries, orders), revenue in the company currency,
 * cost per lead in the company currency, and percentages (ROI, response rate, conversion rate) or the
 * net promoter score (−100 to 100).
 */
public enum KpiKind {
    LEADS, ENQUIRIES, ORDERS, REVENUE, COST_PER_LEAD, ROI, RESPONSE_RATE, CONVERSION_RATE, NPS;

    /** Whether less is better (cost per lead): the gap is read the other way round. */
    public boolean lowerIsBetter() {
        return this == COST_PER_LEAD;
    }
}
