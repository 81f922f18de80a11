package org.tradedesk.markets.domain.stats;

/** How the seasonal component combines with the level: added ({@code y = T + S + R}) or multiplied ({@code y = T · S · R}). */
public enum Seasonality {
    ADDITIVE, MULTIPLICATIVE
}
