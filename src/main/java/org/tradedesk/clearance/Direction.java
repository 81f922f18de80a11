package org.tradedesk.clearance;

/** Whether the shipment comes in (進口) or goes out (出口). */
public enum Direction {
    IMPORT, EXPORT
}
