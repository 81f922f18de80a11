package org.tradedesk.marketing.domain;

import java.time.Instant;

/** An item as answered for one activity: the answer, the note, who answered and when. */
public record ComplianceResponse(String itemCode, ComplianceAnswer answer, String note, String answeredBy, Instant answeredAt) {
}
