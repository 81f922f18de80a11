package org.tradedesk.clearance.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tradedesk.clearance.AwaitedQuery;

/** The queries sent to the client about a file (table {@code clearance_query}), newest first. */
@Repository
public class QueryStore {

    private final JdbcTemplate jdbc;

    public QueryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long transactionId, long contactId, String contactName, String contactEmail, List<String> items, String user,
            Instant sentAt) {
        add(transactionId, contactId, contactName, contactEmail, items, items.size(), user, sentAt);
    }

    /** A query of {@code itemCount} entries as the mail lists them (issue 8 F9), on the rules {@code items}. */
    public long add(long transactionId, long contactId, String contactName, String contactEmail, List<String> items, int itemCount,
            String user, Instant sentAt) {
        String joined = String.join(",", items);
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            java.sql.PreparedStatement ps = c.prepareStatement("insert into clearance_query (transaction_id, contact_id, contact_name,"
                    + " contact_email, item_count, items, sent_by, sent_at) values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, transactionId);
            ps.setLong(2, contactId);
            ps.setString(3, cut(contactName, 200));
            ps.setString(4, cut(contactEmail, 320));
            ps.setInt(5, itemCount);
            ps.setString(6, cut(joined, 4000));
            ps.setString(7, user);
            ps.setTimestamp(8, Timestamp.from(sentAt));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * The query's mail was refused after the query was committed (t4fixX 2): when, why (a code worded in the reader's
     * language, t4fixAC 1) and the server's own text (for the log and the administrators).
     */
    public void mailFailed(long queryId, Instant at, org.tradedesk.clients.MailFailure cause, String serverText) {
        jdbc.update("update clearance_query set mail_failed_at = ?, mail_failure_code = ?, mail_failure = ? where id = ?",
                Timestamp.from(at), cause.name(), cut(serverText == null ? "" : serverText, 500), queryId);
    }

    public List<AwaitedQuery> of(long transactionId, int limit) {
        List<AwaitedQuery> sent = jdbc.query("select id, contact_id, contact_name, contact_email, item_count, items, sent_by, sent_at,"
                + " mail_failed_at, mail_failure, mail_failure_code from clearance_query where transaction_id = ? order by id desc limit ?",
                (rs, n) -> new AwaitedQuery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6).isEmpty() ? List.of() : Arrays.asList(rs.getString(6).split(",")), rs.getString(7),
                        rs.getTimestamp(8).toInstant(), List.of(), rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(),
                        rs.getString(10), cause(rs.getString(11)), List.of()), transactionId, limit);
        if (sent.isEmpty()) {
            return sent;
        }
        // the answered items of the queries listed, in one statement (t4fixK 2)
        java.util.Map<Long, List<AwaitedQuery.AnsweredItem>> answers = new java.util.HashMap<>();
        jdbc.query("select a.query_id, a.item, a.how, a.document_id, a.note, a.answered_by, a.answered_at from clearance_query_answer a"
                + " join clearance_query q on q.id = a.query_id where q.transaction_id = ? and q.id >= ? order by a.id", rs -> {
                    Long document = rs.getObject(4) == null ? null : rs.getLong(4);
                    answers.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new AwaitedQuery.AnsweredItem(
                            rs.getString(2), rs.getString(3), document, rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                }, transactionId, sent.get(sent.size() - 1).id());
        return sent.stream().map(q -> new AwaitedQuery(q.id(), q.contactId(), q.contactName(), q.contactEmail(), q.itemCount(),
                q.items(), q.sentBy(), q.sentAt(), answers.getOrDefault(q.id(), List.of()), q.mailFailedAt(), q.mailFailure(),
                q.mailFailureCause(), List.of())).toList();
    }

    /** The stored cause; a code this version does not know (or none, stored before t4fixAC) is OTHER. */
    private static org.tradedesk.clients.MailFailure cause(String code) {
        if (code == null) {
            return null;
        }
        try {
            return org.tradedesk.clients.MailFailure.valueOf(code);
        } catch (IllegalArgumentException e) {
            return org.tradedesk.clients.MailFailure.OTHER;
        }
    }

    /** A query whose mail did not go (t4fixAC 2): to be sent again, on the coordinator's work queue. */
    public record Unsent(long id, long transactionId, String contactName, Instant sentAt, org.tradedesk.clients.MailFailure cause) {
    }

    /**
     * The queries of the given open files whose mail the server refused and that no later query to the same contact
     * followed (sent again, whether or not that one went: it is then the one listed), oldest first, at most {@code limit};
     * in one statement whatever the number of files.
     */
    public List<Unsent> unsent(java.util.Collection<Long> transactionIds, int limit) {
        if (transactionIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(transactionIds.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(transactionIds);
        args.add(limit);
        return jdbc.query("select q.id, q.transaction_id, q.contact_name, q.sent_at, q.mail_failure_code from clearance_query q"
                + " join clearance_transaction t on t.id = q.transaction_id where t.status <> 'CLOSED' and q.mail_failed_at is not null"
                + " and not exists (select 1 from clearance_query n where n.transaction_id = q.transaction_id"
                + " and n.contact_id = q.contact_id and n.id > q.id)"
                + " and q.transaction_id in (" + in + ") order by q.sent_at, q.id limit ?",
                (rs, n) -> new Unsent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        cause(rs.getString(5)) == null ? org.tradedesk.clients.MailFailure.OTHER : cause(rs.getString(5))),
                args.toArray());
    }

    /** An item newly answered: the query, the contact it was asked of and the item (a rule id). */
    public record Marked(long queryId, String contactName, String item) {
    }

    /**
     * Marks answered the items of the file's queries (the newest 50, or only {@code queryId}) sent at or before {@code now}
     * that {@code item} accepts and that are not answered yet: each once per query, with how, who and when. Returns those
     * newly answered, for the file's history.
     */
    public List<Marked> answer(long transactionId, Long queryId, java.util.function.Predicate<String> item, String how, Long documentId,
            String note, String user, Instant now) {
        List<Marked> out = new java.util.ArrayList<>();
        for (AwaitedQuery q : of(transactionId, 50)) {
            // a query whose mail did not go awaits nothing (t4fixX 2): an upload answers none of its items
            if (queryId != null && q.id() != queryId || q.sentAt().isAfter(now) || queryId == null && q.mailFailed()) {
                continue;
            }
            for (String awaited : q.awaiting()) {
                if (!item.test(awaited)) {
                    continue;
                }
                // an upload and an answer of the same item at the same time (T4 code read R5): the second inserts nothing (the unique
                // key (query_id, item); "on conflict do nothing" as PostgreSQL and H2 in its PostgreSQL mode read it) and is
                // not reported — no duplicate-key failure, no second history line
                int inserted = jdbc.update("insert into clearance_query_answer (query_id, item, how, document_id, note, answered_by,"
                        + " answered_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", q.id(), awaited, how,
                        documentId, note == null ? null : cut(note, 500), user, Timestamp.from(now));
                if (inserted > 0) {
                    out.add(new Marked(q.id(), q.contactName(), awaited));
                }
            }
        }
        return out;
    }

    /**
     * The items a document answered, no longer answered by it (t4fixQ 3: the document withdrawn): the answers by that document
     * removed, and returned (query, contact, item) so the caller can answer them again with another document of the kind
     * still on the file, and say in the history which are awaited again. The history keeps the line that it came in and the
     * line that it was withdrawn.
     */
    public List<Marked> unanswered(long transactionId, long documentId) {
        List<Marked> removed = jdbc.query("select a.query_id, q.contact_name, a.item from clearance_query_answer a"
                + " join clearance_query q on q.id = a.query_id where a.how = 'DOCUMENT' and a.document_id = ? and q.transaction_id = ?"
                + " order by a.id", (rs, n) -> new Marked(rs.getLong(1), rs.getString(2), rs.getString(3)), documentId, transactionId);
        if (!removed.isEmpty()) {
            jdbc.update("delete from clearance_query_answer where how = 'DOCUMENT' and document_id = ? and query_id in"
                    + " (select id from clearance_query where transaction_id = ?)", documentId, transactionId);
        }
        return removed;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
