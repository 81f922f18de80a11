package org.tradedesk.clearance.domain;

/**
 * A date of the file a period is counted from (or that meets it). {@code DOCUMENTS_REQUESTED}: the day customs asked for
 * documents (Taiwan N5107 補辦/補件, its 補辦期限 the last day customs gave); {@code DOCUMENTS_SUPPLIED}: the day that request
 * was met (the requested documents came in, or customs moved on: a duty notice, the release).
 */
public enum DateAnchor {
    ARRIVAL, DECLARATION, RELEASE, DUTY_NOTICE, DUTY_PAID, DOCUMENTS_REQUESTED, DOCUMENTS_SUPPLIED
}
