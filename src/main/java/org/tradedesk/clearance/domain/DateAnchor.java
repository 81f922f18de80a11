package org.tradedesk.clearance.domain;

/** A date of the file a period is counted from (or that meets it). */
public enum DateAnchor {
    ARRIVAL, DECLARATION, RELEASE, DUTY_NOTICE, DUTY_PAID
}
