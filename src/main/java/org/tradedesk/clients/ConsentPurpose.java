package org.tradedesk.clients;

/**
 * What a contact agreed their personal data may be used for. 個人資料保護法 (PDPA) art. 8 and 19:
 * collection and use for a specific purpose, told to the person; marketing needs its own consent.
 */
public enum ConsentPurpose {
    /** Service communication about their shipments, calculations and declarations. */
    SERVICE,
    /** Marketing mail and event invitations. */
    MARKETING,
    /** Passing details to customs brokers, carriers and authorities for a clearance. */
    THIRD_PARTY_SHARING
}
