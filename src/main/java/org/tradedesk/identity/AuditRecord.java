package org.tradedesk.identity;

import java.time.Instant;

/** One line of the audit trail as other modules and pages see it. */
public record AuditRecord(long id, Instant at, String username, String subjectType, String subjectId,
        AuditAction action, String before, String after) {
}
