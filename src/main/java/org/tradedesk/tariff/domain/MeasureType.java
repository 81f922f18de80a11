package org.tradedesk.tariff.domain;

/** General (MFN) rate or a preferential rate of a scheme or partner. */
public enum MeasureType { GENERAL, PREFERENTIAL }
