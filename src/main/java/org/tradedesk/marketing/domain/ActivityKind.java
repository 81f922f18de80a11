package org.tradedesk.marketing.domain;

/** The kinds of candidate activity (P3.1.3). */
public enum ActivityKind { TRADE_FAIR, DISTRIBUTOR_VISIT, CROSS_BORDER_ECOMMERCE, DIGITAL_ADS, SAMPLES, LOCALISATION, OTHER }
