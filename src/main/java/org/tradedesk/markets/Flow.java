package org.tradedesk.markets;

/** Trade flow as Comtrade v1 codes it: M = import, X = export. */
public enum Flow { M, X }
