package org.tradedesk.clearance.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reminders mailed about clearance files (table {@code clearance_reminder}). {@link #claim} inserts the row that
 * says "this reminder is being sent" with {@code on conflict do nothing} against the unique key (kind, item, due day):
 * exactly one run on one instance gets {@code true}, on PostgreSQL and on H2 in its PostgreSQL mode, without an
 * exception that would abort a surrounding transaction.
 */
@Repository
public class ReminderStore {

    private final JdbcTemplate jdbc;

    public ReminderStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A client query of a file still open, the newest of its file, with no document uploaded since it was sent. */
    public record OpenQuery(long id, long transactionId, String contactName, Instant sentAt) {
    }

    /** A reminder as recorded. */
    public record Sent(String kind, String item, LocalDate dueOn, long transactionId, String username, Instant claimedAt,
            String outcome) {
    }

    /** True when this call claimed the reminder; false when another run (or instance) already has it. */
    public boolean claim(String kind, String item, LocalDate dueOn, long transactionId, String username, String instance,
            Instant now) {
        return jdbc.update("insert into clearance_reminder (kind, item, due_on, transaction_id, username, claimed_by, claimed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", kind, item, Date.valueOf(dueOn), transactionId, username,
                instance, Timestamp.from(now)) == 1;
    }

    public void outcome(String kind, String item, LocalDate dueOn, String outcome) {
        jdbc.update("update clearance_reminder set outcome = ? where kind = ? and item = ? and due_on = ?", outcome, kind, item,
                Date.valueOf(dueOn));
    }

    /**
     * The client queries awaiting an answer: the newest query of a file that is not closed, sent before {@code sentBefore}
     * (all when null), with an item it asked still unanswered (by a document of the awaited kind, or the answer recorded).
     * At most {@code limit}, oldest first.
     */
    public List<OpenQuery> awaitingQueries(java.util.Collection<Long> transactionIds, Instant sentBefore, int limit) {
        if (transactionIds != null && transactionIds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select q.id, q.transaction_id, q.contact_name, q.sent_at from clearance_query q"
                + " join clearance_transaction t on t.id = q.transaction_id where t.status <> 'CLOSED'"
                // a query whose mail the server refused awaits nothing, nor hides the query sent before it (t4fixX 2)
                + " and q.mail_failed_at is null"
                + " and not exists (select 1 from clearance_query n where n.transaction_id = q.transaction_id and n.id > q.id"
                + " and n.mail_failed_at is null)"
                // awaited while an item it asked is unanswered (t4fixT 2: any upload, junk.bin filed as Other, ended the wait
                // on the home page while fullyAnswered was false): the same rule as AwaitedQuery.fullyAnswered; an answer by a
                // document withdrawn since (uploaded to the wrong file) is no answer
                + " and (case when q.items = '' then"
                // a query stored without its items: as before, until a document is uploaded or the answer recorded
                + " not exists (select 1 from clearance_document d where d.transaction_id = q.transaction_id"
                + " and d.uploaded_at > q.sent_at and d.withdrawn_at is null)"
                + " and not exists (select 1 from clearance_query_answer a where a.query_id = q.id and a.how = 'ANSWER')"
                // the items are distinct rule ids joined by ',' (QueryStore.add), answers only of them (QueryStore.answer):
                // awaited while fewer items are answered than were asked (plain SQL, PostgreSQL and H2 alike)
                + " else (select count(distinct a.item) from clearance_query_answer a where a.query_id = q.id"
                + " and (a.document_id is null or not exists (select 1 from clearance_document w where w.id = a.document_id"
                + " and w.withdrawn_at is not null))) < length(q.items) - length(replace(q.items, ',', '')) + 1 end)");
        List<Object> args = new java.util.ArrayList<>();
        if (sentBefore != null) {
            sql.append(" and q.sent_at < ?");
            args.add(Timestamp.from(sentBefore));
        }
        if (transactionIds != null) {
            sql.append(" and q.transaction_id in (").append(String.join(",", java.util.Collections.nCopies(transactionIds.size(), "?")))
                    .append(')');
            args.addAll(transactionIds);
        }
        sql.append(" order by q.sent_at, q.id limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> new OpenQuery(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getTimestamp(4).toInstant()), args.toArray());
    }

    /** The reminders of a file, newest first. */
    public List<Sent> of(long transactionId, int limit) {
        return jdbc.query("select kind, item, due_on, transaction_id, username, claimed_at, outcome from clearance_reminder"
                + " where transaction_id = ? order by id desc limit ?", (rs, n) -> new Sent(rs.getString(1), rs.getString(2),
                        rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getString(7)), transactionId, limit);
    }
}
