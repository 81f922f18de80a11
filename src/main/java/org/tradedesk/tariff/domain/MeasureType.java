package org.tradedesk.tariff.domain;

/**
 * General (MFN) rate, a preferential rate of a scheme or partner, or a rate for countries without
 * MFN treatment (Taiwan column III, 第三欄稅率).
 */
public enum MeasureType { GENERAL, PREFERENTIAL, NON_MFN }
