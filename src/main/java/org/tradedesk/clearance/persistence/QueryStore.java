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
    public void add(long transactionId, long contactId, String contactName, String contactEmail, List<String> items, int itemCount,
            String user, Instant sentAt) {
        String joined = String.join(",", items);
        jdbc.update("insert into clearance_query (transaction_id, contact_id, contact_name, contact_email, item_count, items, sent_by, sent_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", transactionId, contactId, cut(contactName, 200), cut(contactEmail, 320), itemCount,
                cut(joined, 4000), user, Timestamp.from(sentAt));
    }

    public List<AwaitedQuery> of(long transactionId, int limit) {
        return jdbc.query("select id, contact_id, contact_name, contact_email, item_count, items, sent_by, sent_at from clearance_query"
                + " where transaction_id = ? order by id desc limit ?", (rs, n) -> new AwaitedQuery(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6).isEmpty() ? List.of() : Arrays.asList(rs.getString(6).split(",")), rs.getString(7),
                        rs.getTimestamp(8).toInstant()), transactionId, limit);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
