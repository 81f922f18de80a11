package org.tradedesk.markets.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tradedesk.markets.DatasetStatus;
import org.tradedesk.markets.DatasetView;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.SourceFormat;

/** Datasets, their provenance, rejections and raw files in the relational database (shared by every instance). */
@Repository
public class DatasetStore {

    /** At most this many rejections are kept with their reasons per dataset (all are counted). */
    public static final int KEPT_REJECTIONS = 1000;

    private final JdbcTemplate jdbc;

    public DatasetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long create(String fileName, String sha256, long size, String user, Instant now, String instance) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement p = c.prepareStatement("""
                    insert into markets_dataset (file_name, sha256, file_size, status, progress, created_by, created_at,
                      owner_instance, heartbeat_at) values (?, ?, ?, 'QUEUED', 0, ?, ?, ?, ?)""", new String[] {"id"});
            p.setString(1, cut(fileName, 300));
            p.setString(2, sha256);
            p.setLong(3, size);
            p.setString(4, user);
            p.setTimestamp(5, Timestamp.from(now));
            p.setString(6, instance);
            p.setTimestamp(7, Timestamp.from(now));
            return p;
        }, key);
        return key.getKey().longValue();
    }

    public void saveFile(long id, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            jdbc.update(c -> {
                PreparedStatement p = c.prepareStatement("insert into markets_dataset_file (dataset_id, content) values (?, ?)");
                p.setLong(1, id);
                p.setBinaryStream(2, in, (int) size); // uploads are at most 50 MB (multipart limit)
                return p;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the raw file to {@code target}. */
    public void copyFile(long id, Path target) {
        jdbc.query("select content from markets_dataset_file where dataset_id = ?", rs -> {
            try (InputStream in = rs.getBinaryStream(1)) {
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, id);
    }

    public Optional<Long> findBySha(String sha256) {
        return jdbc.query("select id from markets_dataset where sha256 = ?", (rs, i) -> rs.getLong(1), sha256).stream().findFirst();
    }

    /**
     * Marks a QUEUED job RUNNING on {@code instance}; false when the row is no longer QUEUED (marked interrupted meanwhile, or
     * deleted by a new upload of the same file): the job is then dropped (t2fixG).
     */
    public boolean started(long id, String instance, Instant now) {
        return jdbc.update("update markets_dataset set status = 'RUNNING', owner_instance = ?, heartbeat_at = ?, version = version + 1 "
                + "where id = ? and status = 'QUEUED'", instance, Timestamp.from(now), id) == 1;
    }

    /** Renews the heartbeat of a job waiting its turn (t2fixG: without it, any instance's start took it for a dead one's). */
    public void queuedHeartbeat(long id, Instant now) {
        jdbc.update("update markets_dataset set heartbeat_at = ? where id = ? and status = 'QUEUED'", Timestamp.from(now), id);
    }

    public void progress(long id, int percent, Instant now) {
        jdbc.update("update markets_dataset set progress = ?, heartbeat_at = ? where id = ?", percent, Timestamp.from(now), id);
    }

    public record Finished(SourceFormat format, String source, String encoding, long rowsRead, long rowsKept, long rowsRejected,
                           String units, String valuationBasis, String preliminary, Integer firstYear, Integer lastYear,
                           List<Rejection> rejections) {
    }

    public void succeeded(long id, Finished f, Instant now) {
        jdbc.update("""
                update markets_dataset set status = 'SUCCEEDED', progress = 100, source_format = ?, source = ?, encoding = ?,
                  rows_read = ?, rows_kept = ?, rows_rejected = ?, units = ?, valuation_basis = ?, preliminary = ?, first_year = ?,
                  last_year = ?, finished_at = ?, heartbeat_at = ?, version = version + 1 where id = ?""",
                f.format().name(), cut(f.source(), 200), cut(f.encoding(), 100), f.rowsRead(), f.rowsKept(), f.rowsRejected(),
                cut(f.units(), 200), cut(f.valuationBasis(), 50), cut(f.preliminary(), 500), f.firstYear(), f.lastYear(),
                Timestamp.from(now), Timestamp.from(now), id);
        List<Rejection> kept = f.rejections().size() > KEPT_REJECTIONS ? f.rejections().subList(0, KEPT_REJECTIONS) : f.rejections();
        jdbc.batchUpdate("insert into markets_dataset_rejection (dataset_id, line_no, reason_code, detail) values (?, ?, ?, ?)", kept,
                500, (p, r) -> {
                    p.setLong(1, id);
                    p.setLong(2, r.line());
                    p.setString(3, r.code());
                    p.setString(4, cut(r.detail(), 1000));
                });
    }

    /**
     * A refused or interrupted job: the reason stays as its message code and arguments (numbers and the file's texts, worded
     * in the reader's language when read), the raw file goes (nothing of the file is kept).
     */
    public void failed(long id, String code, List<?> args, Long line, Instant now) {
        String json = argsJson(args);
        jdbc.update("""
                update markets_dataset set status = 'FAILED', message_code = ?, message = null, message_args = ?, message_line = ?,
                  finished_at = ?, version = version + 1 where id = ?""", code, json, line, Timestamp.from(now), id);
        jdbc.update("delete from markets_dataset_file where dataset_id = ?", id);
    }

    /** A failure's arguments as stored (at most 4,000 characters of JSON, every argument kept): {@link #stored} each. */
    static String argsJson(List<?> args) {
        List<Object> kept = new java.util.ArrayList<>();
        for (Object a : args) {
            kept.add(stored(a));
        }
        String json = JSON.writeValueAsString(kept);
        // too long for the column: the texts cut shorter and shorter, every argument kept (a dropped one printed its {n})
        for (int most : new int[] {500, 200, 100, 50, 20, 0}) {
            if (json.length() <= 4000) {
                break;
            }
            kept.replaceAll(a -> shortened(a, most));
            json = JSON.writeValueAsString(kept);
        }
        return json;
    }

    /**
     * A failure's argument as stored: a whole number as a long, another finite number as a decimal, a NaN or infinite
     * number as its text (a decimal cannot hold it: storing the failure must not fail), a message (a
     * {@link org.springframework.context.MessageSourceResolvable}, a {@link org.tradedesk.shared.MessageText}) as its code
     * and arguments, worded in the reader's language when read ({@link #args}); anything else as its text.
     */
    static Object stored(Object a) {
        if (a instanceof Long || a instanceof Integer || a instanceof Short || a instanceof Byte) {
            return ((Number) a).longValue();
        }
        if (a instanceof Double d && (d.isNaN() || d.isInfinite()) || a instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return a.toString();
        }
        if (a instanceof Number n) {
            try {
                return new java.math.BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return n.toString();
            }
        }
        if (a instanceof org.springframework.context.MessageSourceResolvable r && r.getCodes() != null && r.getCodes().length > 0) {
            List<Object> inner = new java.util.ArrayList<>();
            for (Object o : r.getArguments() == null ? new Object[0] : r.getArguments()) {
                inner.add(stored(o));
            }
            return message(r.getCodes()[r.getCodes().length - 1], inner);
        }
        if (a instanceof org.tradedesk.shared.MessageText m) {
            List<Object> inner = new java.util.ArrayList<>();
            for (org.tradedesk.shared.MessageText.Arg arg : m.args()) {
                inner.add(switch (arg.kind()) {
                    case NUMBER -> stored(new java.math.BigDecimal(arg.value()));
                    case CODE -> message(arg.value(), List.of());
                    case MESSAGE -> stored(arg.message());
                    default -> cut(arg.value() == null ? "" : arg.value(), 1000);
                });
            }
            return message(m.code(), inner);
        }
        return a == null ? "" : cut(String.valueOf(a), 1000);
    }

    private static Map<String, Object> message(String code, List<Object> args) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put(MESSAGE_CODE, code);
        out.put(MESSAGE_ARGS, args);
        return out;
    }

    private static final String MESSAGE_CODE = "messageCode";
    private static final String MESSAGE_ARGS = "messageArgs";

    /** A stored argument with its texts (a message's too) cut to {@code most} characters. */
    @SuppressWarnings("unchecked")
    private static Object shortened(Object a, int most) {
        if (a instanceof String t) {
            return cut(t, most);
        }
        if (a instanceof Map<?, ?> m && m.get(MESSAGE_ARGS) instanceof List<?> inner) {
            List<Object> cutInner = new java.util.ArrayList<>();
            inner.forEach(o -> cutInner.add(shortened(o, most)));
            return message((String) m.get(MESSAGE_CODE), cutInner);
        }
        return a;
    }

    /** A stored argument as the bundles take it: a stored message as a resolvable, worded with the rest. */
    private static Object readBack(Object a) {
        if (a instanceof Map<?, ?> m && m.get(MESSAGE_CODE) instanceof String code) {
            List<Object> inner = new java.util.ArrayList<>();
            if (m.get(MESSAGE_ARGS) instanceof List<?> l) {
                l.forEach(o -> inner.add(readBack(o)));
            }
            return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {code}, inner.toArray(), code);
        }
        return a;
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(tools.jackson.databind.DeserializationFeature.USE_LONG_FOR_INTS).build();

    static List<Object> args(String json) {
        if (json == null) {
            return null;
        }
        List<Object> read = JSON.readValue(json, new tools.jackson.core.type.TypeReference<List<Object>>() { });
        read.replaceAll(DatasetStore::readBack);
        return read;
    }

    public void delete(long id) {
        jdbc.update("delete from markets_dataset where id = ?", id);
    }

    /**
     * Jobs left RUNNING or QUEUED by an instance whose heartbeat stopped before {@code staleBefore}: marked interrupted (a job
     * waiting its turn renews its heartbeat too, {@link #queuedHeartbeat}).
     */
    public int interruptStale(Instant staleBefore, Instant now) {
        List<Long> stale = jdbc.query("select id from markets_dataset where status in ('QUEUED', 'RUNNING') and heartbeat_at < ?",
                (rs, i) -> rs.getLong(1), Timestamp.from(staleBefore));
        stale.forEach(id -> failed(id, "markets.import.interrupted", List.of(), null, now));
        return stale.size();
    }

    public Optional<DatasetView> find(long id) {
        List<DatasetView> found = jdbc.query("select * from markets_dataset where id = ?", (rs, i) -> view(rs, rejections(id)), id);
        return found.stream().findFirst();
    }

    public List<DatasetView> list(int limit) {
        return jdbc.query("select * from markets_dataset order by id desc limit ?", (rs, i) -> view(rs, List.of()), limit);
    }

    public List<Long> succeededIds() {
        return jdbc.query("select id from markets_dataset where status = 'SUCCEEDED'", (rs, i) -> rs.getLong(1));
    }

    private List<Rejection> rejections(long id) {
        return jdbc.query("select line_no, reason_code, detail from markets_dataset_rejection where dataset_id = ? order by id",
                (rs, i) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3)), id);
    }

    private static DatasetView view(ResultSet rs, List<Rejection> rejections) throws SQLException {
        String format = rs.getString("source_format");
        return new DatasetView(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"), rs.getLong("file_size"),
                format == null ? null : SourceFormat.valueOf(format), rs.getString("source"), rs.getString("encoding"),
                DatasetStatus.valueOf(rs.getString("status")), rs.getInt("progress"), (Long) nullable(rs, "rows_read"),
                (Long) nullable(rs, "rows_kept"), (Long) nullable(rs, "rows_rejected"), rs.getString("units"),
                rs.getString("valuation_basis"), rs.getString("preliminary"), (Integer) intOrNull(rs, "first_year"),
                (Integer) intOrNull(rs, "last_year"), rs.getString("message_code"), rs.getString("message"),
                (Long) nullable(rs, "message_line"), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "finished_at"), rs.getString("owner_instance"), instant(rs, "heartbeat_at"), rejections, false,
                args(rs.getString("message_args")));
    }

    private static Object nullable(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Object intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The column mapping (as JSON) a generic table was read with; null for the known formats. */
    public void saveMapping(long id, String mappingJson) {
        jdbc.update("update markets_dataset set mapping_json = ? where id = ?", mappingJson, id);
    }

    public Optional<String> mapping(long id) {
        return jdbc.query("select mapping_json from markets_dataset where id = ?", (rs, i) -> rs.getString(1), id).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }
}
