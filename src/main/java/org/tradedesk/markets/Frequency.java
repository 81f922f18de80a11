package org.tradedesk.markets;

/** A = annual, M = monthly. */
public enum Frequency { A, M }
