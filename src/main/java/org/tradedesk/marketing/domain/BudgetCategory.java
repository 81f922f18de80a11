package org.tradedesk.marketing.domain;

/** What a budget line pays for. */
public enum BudgetCategory { VENUE, TRAVEL, SHIPPING, ADVERTISING, MATERIALS, TRANSLATION, FEES, STAFF, OTHER }
