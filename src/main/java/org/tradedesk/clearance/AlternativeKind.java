package org.tradedesk.clearance;

/** The kinds of solution a coordinator weighs for a clearance issue. */
public enum AlternativeKind {
    /** Pay the most-favoured-nation duty. */
    MFN,
    /** Claim a free-trade-agreement preference (needs proof of origin). */
    FTA_PREFERENCE,
    /** Tariff concession order / duty relief scheme. */
    TCO,
    /** Store the goods under bond until the question is settled. */
    BONDED_STORAGE,
    /** Send the goods back or on without entering them. */
    RE_EXPORT,
    OTHER
}
