package org.tradedesk.tariff.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tradedesk.shared.HsCode;
import org.tradedesk.tariff.DataVersion;
import org.tradedesk.tariff.ImportJobView;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffLine;
import org.tradedesk.tariff.TariffMeasure;
import org.tradedesk.tariff.domain.ScheduleData;

/**
 * Plain SQL over the tariff tables (valid on H2 in PostgreSQL mode and on PostgreSQL). A schedule is
 * tens of thousands of rows written once and read many times: batched JDBC, no entity graph.
 */
@Repository
public class TariffStore {

    /** A stored line with the columns the item page needs beyond {@link TariffLine}. */
    public record NodeRow(TariffLine line, String statisticalCode, String rateText, String levyCodes,
                          String importRegulations, String exportRegulations) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public TariffStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    // ---- data versions and schedule content

    public long createVersion(Jurisdiction jurisdiction, String label, Long jobId, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        named.update("insert into tariff_data_version (jurisdiction, label, imported_at, import_job_id, active) "
                + "values (:j, :label, :at, :job, false)", new MapSqlParameterSource()
                .addValue("j", jurisdiction.name()).addValue("label", label)
                .addValue("at", Timestamp.from(at)).addValue("job", jobId), keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    public void insertSchedule(long version, ScheduleData data) {
        List<ScheduleData.Node> nodes = data.nodes();
        jdbc.batchUpdate("insert into tariff_node (data_version, code, node_level, statistical_code, unit, description_en, "
                        + "description_zh, rate_text, levy_codes, import_regulations, export_regulations) values (?,?,?,?,?,?,?,?,?,?,?)",
                nodes, 1000, (ps, n) -> {
                    ps.setLong(1, version);
                    ps.setString(2, n.code());
                    ps.setString(3, n.level().name());
                    ps.setString(4, n.statisticalCode());
                    ps.setString(5, cut(n.unit(), 40));
                    ps.setString(6, cut(n.descriptionEn(), 4000));
                    ps.setString(7, cut(n.descriptionZh(), 4000));
                    ps.setString(8, cut(n.rateText(), 2000));
                    ps.setString(9, cut(n.levyCodes(), 200));
                    ps.setString(10, cut(n.importRegulations(), 200));
                    ps.setString(11, cut(n.exportRegulations(), 200));
                });
        jdbc.batchUpdate("insert into tariff_measure (data_version, item_code, measure_type, scheme, partner, valid_from, valid_to, "
                        + "expression, original_text, measure_source, published_raw, parties) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                data.measures(), 1000, (ps, m) -> {
                    ps.setLong(1, version);
                    ps.setString(2, m.itemCode());
                    ps.setString(3, m.type().name());
                    ps.setString(4, m.scheme());
                    ps.setString(5, cut(m.partner(), 200));
                    ps.setDate(6, Date.valueOf(m.validFrom()));
                    ps.setDate(7, m.validTo() == null ? null : Date.valueOf(m.validTo()));
                    ps.setString(8, m.expression());
                    ps.setString(9, cut(m.originalText(), 2000));
                    ps.setString(10, m.source());
                    ps.setString(11, cut(m.publishedRaw(), 2000));
                    ps.setString(12, cut(m.parties().stored(), 200));
                });
    }

    /** Switches the jurisdiction to {@code version}; run in the import's transaction so the switch is atomic. */
    public void activate(Jurisdiction jurisdiction, long version) {
        jdbc.update("update tariff_data_version set active = false where jurisdiction = ? and active = true", jurisdiction.name());
        jdbc.update("update tariff_data_version set active = true where id = ?", version);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    activeVersions.remove(jurisdiction);
                }
            });
        }
        activeVersions.remove(jurisdiction);
    }

    /*
     * Every line of every calculation asks which version is active; it changes only when an import
     * activates another. This instance forgets it when it activates one (after the commit); another
     * instance sharing the database sees the switch within ACTIVE_VERSION_TTL. Either way a result
     * names the version it used, so nothing is untraceable.
     */
    static final Duration ACTIVE_VERSION_TTL = Duration.ofSeconds(5);

    private record CachedVersion(Optional<DataVersion> version, long readAt) {
    }

    private final Map<Jurisdiction, CachedVersion> activeVersions = new ConcurrentHashMap<>();

    public Optional<DataVersion> activeVersion(Jurisdiction jurisdiction) {
        CachedVersion cached = activeVersions.get(jurisdiction);
        long now = System.nanoTime();
        if (cached != null && now - cached.readAt() < ACTIVE_VERSION_TTL.toNanos()) {
            return cached.version();
        }
        Optional<DataVersion> read = jdbc.query("select * from tariff_data_version where jurisdiction = ? and active = true",
                VERSION, jurisdiction.name()).stream().findFirst();
        // Inside a transaction the read may see uncommitted work of that transaction: not for others.
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            activeVersions.put(jurisdiction, new CachedVersion(read, now));
        }
        return read;
    }

    /**
     * The id of the active version as the database has it now (no cache): what another instance's
     * import switched on. Cheap: one indexed row.
     */
    public Optional<DataVersion> activeVersionNow(Jurisdiction jurisdiction) {
        return jdbc.query("select * from tariff_data_version where jurisdiction = ? and active = true",
                VERSION, jurisdiction.name()).stream().findFirst();
    }

    public List<DataVersion> versions(Jurisdiction jurisdiction) {
        return jdbc.query("select * from tariff_data_version where jurisdiction = ? order by id desc", VERSION, jurisdiction.name());
    }

    public int countNodes(long version) {
        return jdbc.queryForObject("select count(*) from tariff_node where data_version = ?", Integer.class, version);
    }

    public int countMeasures(long version) {
        return jdbc.queryForObject("select count(*) from tariff_measure where data_version = ?", Integer.class, version);
    }

    public Optional<NodeRow> node(long version, String code) {
        return jdbc.query("select * from tariff_node where data_version = ? and code = ?", NODE, version, code).stream().findFirst();
    }

    public List<NodeRow> nodes(long version, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return named.query("select * from tariff_node where data_version = :v and code in (:codes) order by code",
                new MapSqlParameterSource("v", version).addValue("codes", codes), NODE);
    }

    public List<NodeRow> nodesStartingWith(long version, String prefix, int limit) {
        return jdbc.query("select * from tariff_node where data_version = ? and code like ? order by code limit " + limit,
                NODE, version, prefix + "%");
    }

    /**
     * The lines of {@code items} (digit codes of one length) and those below them, in code order, at most {@code limit}
     * per item: what {@link #nodesStartingWith} gives for each item, for many items in one statement. Each item is a
     * range of the code ({@code code >= item and code < next}, {@code next} the item's digits plus one, "8709" → "8710"),
     * which the code index serves on H2 and PostgreSQL alike (a {@code substr(code, …) in (…)} reads every line of the
     * version), and each range is limited on its own, so one item with many lines below it reads no more than asked.
     */
    public List<NodeRow> nodesUnder(long version, Collection<String> items, int length, int limit) {
        List<String> all = List.copyOf(items);
        if (all.size() > RANGES_PER_STATEMENT) {
            List<NodeRow> out = new java.util.ArrayList<>();
            for (int i = 0; i < all.size(); i += RANGES_PER_STATEMENT) {
                out.addAll(nodesUnder(version, all.subList(i, Math.min(all.size(), i + RANGES_PER_STATEMENT)), length, limit));
            }
            return out;
        }
        if (all.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select * from (");
        MapSqlParameterSource args = new MapSqlParameterSource("v", version);
        int k = 0;
        for (String item : all) {
            if (item.length() != length || !item.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not a code of " + length + " digits: " + item);
            }
            String next = nextDigits(item);
            sql.append(k == 0 ? "" : " union all ").append("(select * from tariff_node where data_version = :v and code >= :lo")
                    .append(k).append(next == null ? "" : " and code < :hi" + k).append(" order by code fetch first ")
                    .append(limit).append(" rows only)");
            args.addValue("lo" + k, item);
            if (next != null) {
                args.addValue("hi" + k, next);
            }
            k++;
        }
        return named.query(sql.append(") under order by code").toString(), args, NODE);
    }

    /** Items of {@link #nodesUnder} per statement: each is a sub-select of its own. */
    static final int RANGES_PER_STATEMENT = 1_000;

    /** The digit string one above {@code digits} of the same length ("8709" → "8710"); null for all nines. */
    static String nextDigits(String digits) {
        char[] c = digits.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            if (c[i] < '9') {
                c[i]++;
                return new String(c);
            }
            c[i] = '0';
        }
        return null;
    }

    public List<NodeRow> allNodes(long version) {
        return jdbc.query("select * from tariff_node where data_version = ? order by code", NODE, version);
    }

    /** The measures attached to any of {@code codes}, with the code they hang on. */
    public List<CodedMeasure> measures(long version, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return named.query("select * from tariff_measure where data_version = :v and item_code in (:codes) "
                        + "order by item_code, measure_type, scheme, partner, valid_from",
                new MapSqlParameterSource("v", version).addValue("codes", codes),
                (rs, i) -> new CodedMeasure(rs.getString("item_code"), measure(rs)));
    }

    public record CodedMeasure(String itemCode, TariffMeasure measure) {
    }

    /** Distinct {scheme, source} of the FTA schedules in a version ("AUSFTA", "Schedule 5"), by schedule number. */
    public List<String[]> ftaSchemes(long version) {
        List<String[]> rows = jdbc.query("select distinct scheme, measure_source from tariff_measure where data_version = ? "
                        + "and measure_type = 'PREFERENTIAL' and measure_source like 'Schedule %' and measure_source <> 'Schedule 3'",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, version);
        rows.sort(java.util.Comparator.comparing((String[] r) -> scheduleOrder(r[1])));
        return rows;
    }

    /** "Schedule 4A" before "Schedule 5" before "Schedule 10": the number, then the letter. */
    private static String scheduleOrder(String source) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(\\w*)").matcher(source);
        return m.find() ? String.format("%04d%s", Integer.parseInt(m.group(1)), m.group(2)) : source;
    }

    // ---- import jobs

    public long createJob(Jurisdiction jurisdiction, String fileName, String user, Instant at, String owner) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        named.update("insert into tariff_import_job (jurisdiction, file_name, status, progress, started_by, created_at, "
                + "owner_instance, heartbeat_at) values (:j, :f, 'QUEUED', 0, :u, :at, :owner, :at)", new MapSqlParameterSource()
                .addValue("j", jurisdiction.name()).addValue("f", cut(fileName, 300)).addValue("u", user)
                .addValue("at", Timestamp.from(at)).addValue("owner", owner), keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    /** False when the job is no longer queued (marked interrupted meanwhile): it must not run. */
    public boolean jobStarted(long job, String sha256, String encoding) {
        return jdbc.update("update tariff_import_job set status = 'RUNNING', sha256 = ?, encoding = ?, version = version + 1 "
                + "where id = ? and status = 'QUEUED'", sha256, encoding, job) == 1;
    }

    /** False when the job is no longer running (marked interrupted meanwhile): it must stop. */
    public boolean jobProgress(long job, int percent) {
        int p = Math.min(percent, 99);
        return jdbc.update("update tariff_import_job set progress = greatest(progress, ?), version = version + 1 "
                + "where id = ? and status = 'RUNNING'", p, job) == 1;
    }

    /** A job that was marked interrupted while it ran; thrown inside the import's transaction, which rolls back. */
    public static final class JobNoLongerRunning extends RuntimeException {
        JobNoLongerRunning(long job) {
            super("import job " + job + " was marked interrupted while it ran; its result is not kept", null, false, false);
        }
    }

    /** Only a job still RUNNING succeeds; otherwise {@link JobNoLongerRunning} (the caller's transaction rolls back). */
    public void jobSucceeded(long job, ScheduleData data, long dataVersion, Instant at) {
        int updated = jdbc.update("update tariff_import_job set status = 'SUCCEEDED', progress = 100, rows_read = ?, rows_imported = ?, "
                        + "rows_rejected = ?, rates_read = ?, rates_parsed = ?, data_version = ?, finished_at = ?, "
                        + "version = version + 1 where id = ? and status = 'RUNNING'",
                data.rowsRead(), data.rowsImported(), data.rowsRead() - data.rowsImported(), data.ratesRead(),
                data.ratesParsed(), dataVersion, Timestamp.from(at), job);
        if (updated != 1) {
            throw new JobNoLongerRunning(job);
        }
        jdbc.batchUpdate("insert into tariff_import_issue (job_id, row_ref, rate_text, reason, reason_code, reason_args) values (?,?,?,?,?,?)",
                data.issues(), 1000, (ps, i) -> {
                    ps.setLong(1, job);
                    ps.setString(2, cut(i.row(), 300));
                    ps.setString(3, cut(i.text(), 2000));
                    ps.setString(4, cut(i.reason(), 1000));
                    ps.setString(5, i.reasonCode());
                    ps.setString(6, i.reasonCode() == null ? null : cut(String.join(ARG_SEPARATOR, i.reasonArgs()), 2000));
                });
    }

    /** Only an unfinished job fails: one already marked interrupted keeps that outcome. */
    public void jobFailed(long job, String messageCode, String message, Instant at) {
        jdbc.update("update tariff_import_job set status = 'FAILED', message_code = ?, message = ?, finished_at = ?, "
                + "version = version + 1 where id = ? and status in ('QUEUED', 'RUNNING')", messageCode, cut(message, 2000),
                Timestamp.from(at), job);
    }

    /** The owner is alive: its queued and running jobs get a fresh heartbeat. */
    public int heartbeat(String owner, Instant at) {
        return jdbc.update("update tariff_import_job set heartbeat_at = ? where owner_instance = ? and status in ('QUEUED', 'RUNNING')",
                Timestamp.from(at), owner);
    }

    /**
     * At the start of instance {@code owner}: its own jobs left queued or running by its previous run
     * never finish; say so instead of showing them running forever. Other instances' jobs are theirs
     * (jobs from before owners existed count as everyone's).
     */
    public int failInterruptedJobs(String owner, Instant at) {
        return jdbc.update("update tariff_import_job set status = 'FAILED', message_code = 'tariff.import.interrupted', "
                + "message = 'interrupted by an application restart; the catalogue was not changed', finished_at = ?, "
                + "version = version + 1 where status in ('QUEUED', 'RUNNING') and (owner_instance = ? or owner_instance is null)",
                Timestamp.from(at), owner);
    }

    /** Any instance: jobs whose owner's heartbeat is older than {@code staleBefore} belong to a dead instance. */
    public int failAbandonedJobs(Instant staleBefore, Instant at) {
        return jdbc.update("update tariff_import_job set status = 'FAILED', message_code = 'tariff.import.abandoned', "
                + "message = 'the instance running it stopped (no heartbeat); the catalogue was not changed', finished_at = ?, "
                + "version = version + 1 where status in ('QUEUED', 'RUNNING') and heartbeat_at < ?",
                Timestamp.from(at), Timestamp.from(staleBefore));
    }

    public List<ImportJobView> jobs(int limit) {
        return jdbc.query("select * from tariff_import_job order by id desc limit " + limit, (rs, i) -> job(rs, List.of()));
    }

    /** Between the literal arguments of a rejection reason in {@code reason_args} (a character no published text holds). */
    private static final String ARG_SEPARATOR = "\u001F";

    public Optional<ImportJobView> job(long id) {
        List<ImportJobView.Issue> issues = jdbc.query(
                "select row_ref, rate_text, reason, reason_code, reason_args from tariff_import_issue where job_id = ? order by id",
                (rs, i) -> new ImportJobView.Issue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null || rs.getString(5).isEmpty() ? List.of()
                                : List.of(rs.getString(5).split(ARG_SEPARATOR, -1))), id);
        return jdbc.query("select * from tariff_import_job where id = ?", (rs, i) -> job(rs, issues), id).stream().findFirst();
    }

    // ---- mapping

    private static final RowMapper<DataVersion> VERSION = (rs, i) -> new DataVersion(rs.getLong("id"),
            Jurisdiction.valueOf(rs.getString("jurisdiction")), rs.getString("label"),
            rs.getTimestamp("imported_at").toInstant(), (Long) rs.getObject("import_job_id", Long.class), rs.getBoolean("active"));

    private static final RowMapper<NodeRow> NODE = (rs, i) -> {
        String code = rs.getString("code");
        return new NodeRow(new TariffLine(code, dotted(code), rs.getString("node_level"), rs.getString("description_en"),
                rs.getString("description_zh"), rs.getString("unit")), rs.getString("statistical_code"),
                rs.getString("rate_text"), rs.getString("levy_codes"), rs.getString("import_regulations"),
                rs.getString("export_regulations"));
    };

    public static String dotted(String code) {
        return code.matches("\\d+") ? HsCode.of(code).dotted() : code;
    }

    private static TariffMeasure measure(ResultSet rs) throws SQLException {
        LocalDate from = rs.getDate("valid_from").toLocalDate();
        Date to = rs.getDate("valid_to");
        org.tradedesk.tariff.domain.PublishedParties parties = org.tradedesk.tariff.domain.PublishedParties.fromStored(rs.getString("parties"));
        return new TariffMeasure(rs.getString("measure_type"), rs.getString("scheme"), rs.getString("partner"),
                from.equals(ScheduleData.OPEN_START) ? null : from, to == null ? null : to.toLocalDate(),
                rs.getString("expression"), rs.getString("original_text"), rs.getString("measure_source"),
                parties.countries(), parties.unstated());
    }

    private static ImportJobView job(ResultSet rs, List<ImportJobView.Issue> issues) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJobView(rs.getLong("id"), Jurisdiction.valueOf(rs.getString("jurisdiction")), rs.getString("file_name"),
                rs.getString("sha256"), rs.getString("encoding"), rs.getString("status"), rs.getInt("progress"),
                (Integer) rs.getObject("rows_read", Integer.class), (Integer) rs.getObject("rows_imported", Integer.class),
                (Integer) rs.getObject("rows_rejected", Integer.class), (Integer) rs.getObject("rates_read", Integer.class),
                (Integer) rs.getObject("rates_parsed", Integer.class), rs.getString("message"), rs.getString("started_by"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(),
                (Long) rs.getObject("data_version", Long.class), new ArrayList<>(issues), rs.getString("message_code"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
