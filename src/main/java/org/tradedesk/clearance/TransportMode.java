package org.tradedesk.clearance;

/** How the goods travel: by sea, by air, by post or by express courier (快遞). */
public enum TransportMode {
    SEA, AIR, POST, EXPRESS
}
