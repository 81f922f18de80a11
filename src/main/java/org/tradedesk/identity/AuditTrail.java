package org.tradedesk.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.shared.MessageText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who did what to which record, when, with the state before and after (as JSON text).
 * Entries are never changed or deleted: erasing a contact's personal data keeps its audit.
 * Joins the caller's transaction, so an entry exists exactly when the change it describes does.
 */
@Service
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String subjectType, String subjectId, AuditAction action, String before, String after) {
        entries.save(new AuditEntry(Instant.now(clock), CurrentUser.name(), subjectType, subjectId,
                action, before, after));
    }

    /**
     * An entry whose states are texts, not fields: each kept as its message code and arguments (JSON {@code code}, {@code args})
     * and rendered in the reader's language on {@code /audit}, never as an English sentence (acceptance review t1fixJ 1).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordText(String subjectType, String subjectId, AuditAction action, MessageText before, MessageText after) {
        record(subjectType, subjectId, action, before == null ? null : JSON.writeValueAsString(before),
                after == null ? null : JSON.writeValueAsString(after));
    }

    /** Entries newest first, filtered by any of subject type, subject id, user and day range (nulls match all). */
    @Transactional(readOnly = true)
    public Page<AuditRecord> search(String subjectType, String subjectId, String user, LocalDate from, LocalDate to,
            Pageable page) {
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return entries.search(blankToNull(subjectType), blankToNull(subjectId), blankToNull(user), start, end, page)
                .map(AuditEntry::toRecord);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
