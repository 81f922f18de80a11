package org.tradedesk.marketing.domain;

/** The aspect of the marketing mix a survey question asks about (P3.3.4: reactions to each aspect). */
public enum MarketingMixAspect {
    PRODUCT, PRICE, PLACE, PROMOTION
}
