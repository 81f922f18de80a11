package org.tradedesk.clearance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tradedesk.clearance.DeclarationStatus;
import org.tradedesk.clearance.messages.CustomsResponse;
import org.tradedesk.clearance.messages.DeclarationMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The declarations of a file (table {@code clearance_declaration}), their lodgements ({@code clearance_lodgement},
 * one row per message id) and the customs responses ({@code clearance_response}). Rows are added; a declaration row
 * changes only its status and the dates of sending, confirmation and lodgement.
 */
@Repository
public class DeclarationStore {

    /** A declaration row as stored; {@code message} null when validation blocked it. */
    public record Row(long id, long transactionId, int revision, int version, String functionCode, DeclarationStatus status,
            String format, String messageId, DeclarationMessage declaration, String sha256, String recommendation, String createdBy,
            Instant createdAt, String sentTo, Instant sentAt, String confirmedBy, Instant confirmedAt, String confirmedSha256,
            String confirmationRecordedBy, Instant lodgedAt, java.util.Map<Integer, java.util.Set<String>> preferenceOffered,
            boolean exchangeRateTyped, String exchangeRateReason) {

        /** A row without a typed exchange rate (built before it was recorded). */
        public Row(long id, long transactionId, int revision, int version, String functionCode, DeclarationStatus status,
                String format, String messageId, DeclarationMessage declaration, String sha256, String recommendation, String createdBy,
                Instant createdAt, String sentTo, Instant sentAt, String confirmedBy, Instant confirmedAt, String confirmedSha256,
                String confirmationRecordedBy, Instant lodgedAt, java.util.Map<Integer, java.util.Set<String>> preferenceOffered) {
            this(id, transactionId, revision, version, functionCode, status, format, messageId, declaration, sha256, recommendation,
                    createdBy, createdAt, sentTo, sentAt, confirmedBy, confirmedAt, confirmedSha256, confirmationRecordedBy, lodgedAt,
                    preferenceOffered, false, null);
        }
    }

    /** A response row as stored. */
    public record ResponseRow(long id, Long declarationId, CustomsResponse response, String sha256, String receivedVia,
            String receivedBy, Instant receivedAt) {
    }

    private static final String COLUMNS = "id, transaction_id, revision, message_version, function_code, status, message_format, message_id,"
            + " declaration_json, sha256, recommendation, created_by, created_at, sent_to, sent_at, confirmed_by, confirmed_at,"
            + " confirmed_sha256, confirmation_recorded_by, lodged_at, preference_offered, exchange_rate_typed, exchange_rate_reason";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeclarationStore.class);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public DeclarationStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The next draft revision of the file (1 for the first). */
    public int nextRevision(long transactionId) {
        Integer max = jdbc.queryForObject("select max(revision) from clearance_declaration where transaction_id = ?", Integer.class,
                transactionId);
        return max == null ? 1 : max + 1;
    }

    /** The highest message version lodged (0 when none). */
    public int lastLodgedVersion(long transactionId) {
        Integer max = jdbc.queryForObject("select max(message_version) from clearance_declaration where transaction_id = ?"
                + " and lodged_at is not null", Integer.class, transactionId);
        return max == null ? 0 : max;
    }

    /**
     * Adds a draft; every earlier draft of the file not yet lodged is superseded. {@code documentIds}: the file's documents
     * (not withdrawn) the draft was built from, recorded so that whether it rests on a document later withdrawn is read
     * from ids, not from the clocks of the instances that built it and withdrew the document.
     */
    public long add(long transactionId, int revision, DeclarationMessage d, String format, String messageId, byte[] message,
            String sha256, String recommendation, String user, Instant now, java.util.Collection<RecordedDocument> documents) {
        jdbc.update("update clearance_declaration set status = ? where transaction_id = ? and lodged_at is null and status <> ?",
                DeclarationStatus.SUPERSEDED.name(), transactionId, DeclarationStatus.SUPERSEDED.name());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into clearance_declaration (transaction_id, revision, message_version, function_code,"
                    + " status, message_format, message_id, declaration_json, message, sha256, recommendation, created_by, created_at,"
                    + " documents_recorded) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)", new String[] {"id"});
            ps.setLong(1, transactionId);
            ps.setInt(2, revision);
            ps.setInt(3, d.version());
            ps.setString(4, d.functionCode().code());
            ps.setString(5, DeclarationStatus.DRAFT.name());
            ps.setString(6, format);
            ps.setString(7, messageId);
            ps.setString(8, json.writeValueAsString(d));
            ps.setBytes(9, message);
            ps.setString(10, sha256);
            ps.setString(11, recommendation);
            ps.setString(12, user);
            ps.setTimestamp(13, Timestamp.from(now));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        java.util.Map<Long, RecordedDocument> once = new java.util.LinkedHashMap<>();
        documents.forEach(doc -> once.merge(doc.documentId(), doc, (a, b) -> a.itemSource() ? a : b));
        List<Object[]> rows = once.values().stream().map(doc -> new Object[] {id, doc.documentId(), doc.version(), doc.itemSource()})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into clearance_declaration_document (declaration_id, document_id, document_version, item_source)"
                    + " values (?, ?, ?, ?)", rows);
        }
        return id;
    }

    /**
     * A document a declaration is built on, at the version it was read (T4 code read R2/R14): {@code itemSource} when the
     * declaration has items from it (an invoice), else a document whose data it uses.
     */
    public record RecordedDocument(long documentId, long version, boolean itemSource) {
    }

    /**
     * The invoices the declaration has items from, each with the version it was read at (document id → version); empty
     * when none were recorded with their version (a declaration stored before T4 R2).
     */
    public java.util.Map<Long, Long> sourceVersions(long declarationId) {
        java.util.Map<Long, Long> out = new java.util.LinkedHashMap<>();
        jdbc.query("select document_id, document_version from clearance_declaration_document where declaration_id = ? and item_source"
                + " and document_version is not null order by document_id", rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                }, declarationId);
        return out;
    }


    /**
     * Whether the declaration was built from a document since withdrawn: from the documents recorded with it; empty for a
     * declaration stored before they were recorded (the caller falls back to the times).
     */
    public Optional<Boolean> restsOnWithdrawn(long declarationId) {
        Boolean recorded = jdbc.queryForObject("select documents_recorded from clearance_declaration where id = ?", Boolean.class,
                declarationId);
        if (!Boolean.TRUE.equals(recorded)) {
            return Optional.empty();
        }
        Long n = jdbc.queryForObject("select count(*) from clearance_declaration_document dd join clearance_document d"
                + " on d.id = dd.document_id where dd.declaration_id = ? and d.withdrawn_at is not null", Long.class, declarationId);
        return Optional.of(n != null && n > 0);
    }

    /**
     * The message version of a lodged declaration of the file that rests on the document, without reading any
     * declaration's data: one built from it (recorded), or for a declaration stored before documents were recorded, one
     * built at or after the document's upload. Empty when none does.
     */
    public Optional<Integer> lodgedRestingOn(long transactionId, long documentId, Instant uploadedAt) {
        return jdbc.query("select c.message_version from clearance_declaration c where c.transaction_id = ? and c.lodged_at is not null"
                + " and ((c.documents_recorded and exists (select 1 from clearance_declaration_document dd where dd.declaration_id = c.id"
                + " and dd.document_id = ?)) or (not c.documents_recorded and c.created_at >= ?)) order by c.id limit 1",
                (rs, n) -> rs.getInt(1), transactionId, documentId, Timestamp.from(uploadedAt)).stream().findFirst();
    }

    public Optional<Row> find(long transactionId, long id) {
        return jdbc.query("select " + COLUMNS + " from clearance_declaration where transaction_id = ? and id = ?", this::row,
                transactionId, id).stream().findFirst();
    }

    /** The id of the file's newest declaration that went to customs (lodged, whatever they answered); null when none (r-t4c F1). */
    public Long newestLodgedId(long transactionId) {
        return jdbc.queryForObject("select max(id) from clearance_declaration where transaction_id = ? and lodged_at is not null",
                Long.class, transactionId);
    }

    /**
     * What the coordinator gave the tax engine per item on the file's newest declaration (acceptance review of issue 8, 4):
     * alternatives and disputes cost the lines on the same inputs; none when the file has no declaration.
     */
    public List<org.tradedesk.clearance.messages.DeclarationMessage.EngineInput> newestEngineInputs(long transactionId) {
        return of(transactionId, 1).stream().findFirst().map(r -> r.declaration().engineInputs()).orElse(List.of());
    }

    /** The file's declarations, newest first. */
    public List<Row> of(long transactionId, int limit) {
        return jdbc.query("select " + COLUMNS + " from clearance_declaration where transaction_id = ? order by id desc limit ?", this::row,
                transactionId, limit);
    }

    /**
     * The lodged declaration customs decided on (a dispute's declared side), one row read: the version the newest duty
     * notice answered; without one, the newest version lodged before {@code before} (the end of the day the decision was
     * received) that customs did not reject; none lodged by then, the newest not rejected. Empty when none was lodged.
     */
    public Optional<Row> decidedOn(long transactionId, Instant before) {
        Optional<Row> answered = jdbc.query("select " + COLUMNS + " from clearance_declaration where transaction_id = ? and lodged_at is not null"
                + " and id = (select r.declaration_id from clearance_response r where r.id = (select max(r2.id) from clearance_response r2"
                + " where r2.transaction_id = ? and r2.kind = 'DUTY_NOTICE' and r2.declaration_id is not null))", this::row,
                transactionId, transactionId).stream().findFirst();
        if (answered.isPresent()) {
            return answered;
        }
        Optional<Row> byThen = jdbc.query("select " + COLUMNS + " from clearance_declaration where transaction_id = ? and lodged_at is not null"
                + " and lodged_at < ? and status <> 'REJECTED' order by id desc limit 1", this::row, transactionId,
                Timestamp.from(before)).stream().findFirst();
        if (byThen.isPresent()) {
            return byThen;
        }
        // none lodged by then (the decision's day typed before the lodgement was recorded): the newest not rejected
        return jdbc.query("select " + COLUMNS + " from clearance_declaration where transaction_id = ? and lodged_at is not null"
                + " and status <> 'REJECTED' order by id desc limit 1", this::row, transactionId).stream().findFirst();
    }

    /** Where the newest declaration of a file stands, without reading the declaration itself (the work queue). */
    public record Standing(long transactionId, DeclarationStatus status, String sentTo, Instant sentAt, Instant lodgedAt) {
    }

    /** The standing of the newest declaration of each of the given files that has one, in one query. */
    public java.util.Map<Long, Standing> newestStanding(java.util.Collection<Long> transactionIds) {
        if (transactionIds.isEmpty()) {
            return java.util.Map.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(transactionIds.size(), "?"));
        java.util.Map<Long, Standing> out = new java.util.HashMap<>();
        jdbc.query("select d.transaction_id, d.status, d.sent_to, d.sent_at, d.lodged_at from clearance_declaration d"
                + " where d.transaction_id in (" + in + ") and not exists (select 1 from clearance_declaration n"
                + " where n.transaction_id = d.transaction_id and n.id > d.id)", (ResultSet rs) -> {
                    out.put(rs.getLong(1), new Standing(rs.getLong(1), DeclarationStatus.valueOf(rs.getString(2)), rs.getString(3),
                            instant(rs, 4), instant(rs, 5)));
                }, transactionIds.toArray());
        return out;
    }

    /**
     * The id of the newest declaration of each of the given files that has one, in one query: a declaration's data is
     * never changed once stored and ids are never reused, so the id stands for the data (the document checks' key).
     */
    public java.util.Map<Long, Long> newestIds(java.util.Collection<Long> transactionIds) {
        if (transactionIds.isEmpty()) {
            return java.util.Map.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(transactionIds.size(), "?"));
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        jdbc.query("select transaction_id, max(id) from clearance_declaration where transaction_id in (" + in + ") group by transaction_id",
                (ResultSet rs) -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                }, transactionIds.toArray());
        return out;
    }

    public byte[] message(long id) {
        return jdbc.queryForObject("select message from clearance_declaration where id = ?", (rs, n) -> rs.getBytes(1), id);
    }

    public void sent(long id, String to, Instant at) {
        jdbc.update("update clearance_declaration set status = ?, sent_to = ?, sent_at = ? where id = ?", DeclarationStatus.SENT.name(),
                cut(to, 320), Timestamp.from(at), id);
    }

    /**
     * Undoes a send whose mail the server refused after the send was committed (T4 code read R4): back to what the draft
     * was, unless something since changed it (its sent time is no longer this send's).
     */
    public void unsent(long id, Instant sentAt, DeclarationStatus status, String sentTo, Instant sentBefore) {
        jdbc.update("update clearance_declaration set status = ?, sent_to = ?, sent_at = ? where id = ? and status = ? and sent_at >= ?",
                status.name(), sentTo, sentBefore == null ? null : Timestamp.from(sentBefore), id, DeclarationStatus.SENT.name(),
                Timestamp.from(sentAt.minusMillis(1)));
    }

    public void confirmed(long id, String by, Instant at, String sha256, String recordedBy) {
        jdbc.update("update clearance_declaration set status = ?, confirmed_by = ?, confirmed_at = ?, confirmed_sha256 = ?,"
                + " confirmation_recorded_by = ? where id = ?", DeclarationStatus.CONFIRMED.name(), cut(by, 200), Timestamp.from(at), sha256,
                recordedBy, id);
    }

    /** Records the lodgement of a message id; false when that id was lodged before (nothing is written then). */
    public boolean lodged(long id, String messageId, String channel, String endpoint, String user, Instant at) {
        Integer seen = jdbc.queryForObject("select count(*) from clearance_lodgement where message_id = ?", Integer.class, messageId);
        if (seen != null && seen > 0) {
            return false;
        }
        jdbc.update("insert into clearance_lodgement (declaration_id, message_id, channel, endpoint, lodged_by, lodged_at)"
                + " values (?, ?, ?, ?, ?, ?)", id, messageId, channel, cut(endpoint, 500), user, Timestamp.from(at));
        jdbc.update("update clearance_declaration set status = ?, lodged_at = ? where id = ?", DeclarationStatus.LODGED.name(),
                Timestamp.from(at), id);
        return true;
    }

    /** How many times a message id went to a channel (0 or 1). */
    public int lodgements(String messageId) {
        Integer n = jdbc.queryForObject("select count(*) from clearance_lodgement where message_id = ?", Integer.class, messageId);
        return n == null ? 0 : n;
    }

    public void status(long id, DeclarationStatus status) {
        jdbc.update("update clearance_declaration set status = ? where id = ?", status.name(), id);
    }

    public long addResponse(long transactionId, Long declarationId, CustomsResponse r, byte[] content, String sha256, String via,
            String user, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into clearance_response (transaction_id, declaration_id, source, kind, reference, channel,"
                    + " errors_json, content, sha256, received_via, received_by, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, transactionId);
            if (declarationId == null) {
                ps.setNull(2, java.sql.Types.BIGINT);
            } else {
                ps.setLong(2, declarationId);
            }
            ps.setString(3, r.source());
            ps.setString(4, r.kind().name());
            ps.setString(5, r.reference() == null ? null : cut(r.reference(), 64));
            ps.setString(6, r.channel() == null ? null : cut(r.channel(), 8));
            ps.setString(7, json.writeValueAsString(r));
            ps.setBytes(8, content);
            ps.setString(9, sha256);
            ps.setString(10, via);
            ps.setString(11, user);
            ps.setTimestamp(12, Timestamp.from(at));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * The newest rejection customs sent for each of the given files that has one, in one query (the home page's work
     * queue: review of issue 8, it ran a responses query per rejected file).
     */
    public java.util.Map<Long, CustomsResponse> newestRejections(java.util.Collection<Long> transactionIds) {
        if (transactionIds.isEmpty()) {
            return java.util.Map.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(transactionIds.size(), "?"));
        java.util.Map<Long, CustomsResponse> out = new java.util.HashMap<>();
        jdbc.query("select r.transaction_id, r.errors_json from clearance_response r where r.transaction_id in (" + in + ")"
                + " and r.kind = 'REJECTED' and not exists (select 1 from clearance_response n where n.transaction_id = r.transaction_id"
                + " and n.kind = 'REJECTED' and n.id > r.id)", (ResultSet rs) -> {
                    try {
                        out.put(rs.getLong(1), json.readValue(rs.getString(2), CustomsResponse.class));
                    } catch (tools.jackson.core.JacksonException e) {
                        // the home page names the rejection without its codes rather than failing for every file
                        LOG.warn("clearance: the newest rejection of transaction {} cannot be read: {}", rs.getLong(1), e.getMessage());
                    }
                }, transactionIds.toArray());
        return out;
    }

    /** The file's responses, oldest first. */
    public List<ResponseRow> responses(long transactionId, int limit) {
        return jdbc.query("select id, declaration_id, errors_json, sha256, received_via, received_by, received_at from clearance_response"
                + " where transaction_id = ? order by id limit ?", (rs, n) -> new ResponseRow(rs.getLong(1),
                        rs.getObject(2) == null ? null : rs.getLong(2), json.readValue(rs.getString(3), CustomsResponse.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()), transactionId, limit);
    }

    public byte[] responseContent(long transactionId, long id) {
        return jdbc.query("select content from clearance_response where transaction_id = ? and id = ?", (rs, n) -> rs.getBytes(1),
                transactionId, id).stream().findFirst().orElse(null);
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        DeclarationMessage message;
        try {
            message = json.readValue(rs.getString(9), DeclarationMessage.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw new StoredDeclarationUnreadable(rs.getLong(2), rs.getLong(1), e);
        }
        return new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), DeclarationStatus.valueOf(rs.getString(6)),
                rs.getString(7), rs.getString(8), message, rs.getString(10),
                rs.getString(11), rs.getString(12), instant(rs, 13), rs.getString(14), instant(rs, 15), rs.getString(16), instant(rs, 17),
                rs.getString(18), rs.getString(19), instant(rs, 20), offered(rs.getString(21)), rs.getBoolean(22), rs.getString(23));
    }

    private java.util.Map<Integer, java.util.Set<String>> offered(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, new tools.jackson.core.type.TypeReference<java.util.Map<Integer, java.util.Set<String>>>() {
            });
        } catch (tools.jackson.core.JacksonException e) {
            // kept only to spare the engine: unreadable, the preferences are asked again
            return null;
        }
    }

    /**
     * Keeps with the declaration the preferences the tax engine offered for its items when it was built (T4 R5: the list
     * of declarations asked the engine again for every row).
     */
    public void recordPreferenceOffered(long declarationId, java.util.Map<Integer, java.util.Set<String>> offered) {
        jdbc.update("update clearance_declaration set preference_offered = ? where id = ?", json.writeValueAsString(offered), declarationId);
    }

    /**
     * The declaration's exchange rate was typed, not the rate table's (t4fixL), with the reason given (null: none). Recorded
     * with the draft, so its JSON, page and worksheet say so — also where the table had no rate for the currency.
     */
    public void recordExchangeRateTyped(long declarationId, String reason) {
        jdbc.update("update clearance_declaration set exchange_rate_typed = true, exchange_rate_reason = ? where id = ?", reason,
                declarationId);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
