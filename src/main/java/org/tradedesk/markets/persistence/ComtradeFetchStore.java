package org.tradedesk.markets.persistence;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Comtrade fetch jobs and the pages each has done (each page's records as the API's CSV lines, no header). */
@Repository
public class ComtradeFetchStore {

    /** A fetch job: its query, pages and state ({@code RUNNING}, {@code FAILED}, {@code DONE}). */
    public record Job(long id, String frequency, String reporter, String partner, String flow, String product, int from, int to,
                      int pagesTotal, String status, Long datasetId, String createdBy, Failure failure) {

        public Job(long id, String frequency, String reporter, String partner, String flow, String product, int from, int to,
                   int pagesTotal, String status, Long datasetId, String createdBy) {
            this(id, frequency, reporter, partner, flow, product, from, to, pagesTotal, status, datasetId, createdBy, null);
        }
    }

    /**
     * Why a fetch stopped: the message code and its arguments (numbers, texts, messages as {@code DatasetStore} keeps a failed
     * import's), worded in the reader's language when read (code read R11); a row stored before keeps only its English
     * {@code text} (code and arguments null). Null on a job that has not failed.
     */
    public record Failure(String code, List<Object> args, String text) {
    }

    private static final String COLUMNS = "f.id, f.frequency, f.reporter, f.partner, f.flow, f.product, f.year_from, f.year_to, "
            + "f.pages_total, f.status, f.dataset_id, f.created_by, f.failure_code, f.failure_args, f.failure";

    private static Job job(java.sql.ResultSet rs) throws java.sql.SQLException {
        String code = rs.getString(13);
        String text = rs.getString(15);
        Failure failure = code == null && text == null ? null : new Failure(code, code == null ? null : DatasetStore.args(rs.getString(14)), text);
        return new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), rs.getString(10), rs.getObject(11) == null ? null : rs.getLong(11), rs.getString(12), failure);
    }

    /** A page done: its number (from 0), periods and record count. */
    public record Page(int pageNo, String periods, int records) {
    }

    private final JdbcTemplate jdbc;

    public ComtradeFetchStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long create(String frequency, String reporter, String partner, String flow, String product, int from, int to, int pagesTotal,
                       String user, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into markets_comtrade_fetch (frequency, reporter, partner, flow, product, "
                    + "year_from, year_to, pages_total, status, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, frequency);
            ps.setString(2, reporter);
            ps.setString(3, partner);
            ps.setString(4, flow);
            ps.setString(5, product);
            ps.setInt(6, from);
            ps.setInt(7, to);
            ps.setInt(8, pagesTotal);
            ps.setString(9, user);
            ps.setTimestamp(10, Timestamp.from(now));
            ps.setTimestamp(11, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<Job> find(long id) {
        return jdbc.query("select " + COLUMNS + " from markets_comtrade_fetch f where f.id = ?", (rs, i) -> job(rs), id).stream().findFirst();
    }

    /** The failure of a fetch that found no records: nothing to resume, so it is not listed as stopped (t2fixG). */
    public static final String NO_RECORDS = "no records";
    /** The same, stored as a code (t2fixK). */
    public static final String NO_RECORDS_CODE = "markets.comtrade.no-data";

    /** A fetch that stopped unfinished, with the pages it has done (for the page's resume button). */
    public record Stopped(Job job, int pagesDone, Instant stoppedAt) {
    }

    /**
     * The fetches that stopped unfinished, newest first: failed (a page failed after its retries, or its import could not be
     * handed over; not one that found no records), or still marked running
     * but untouched since {@code staleBefore} (the instance stopped mid-way). One query, the pages done counted in it.
     */
    public List<Stopped> stopped(Instant staleBefore, int limit) {
        return jdbc.query("select " + COLUMNS + ", (select count(*) from markets_comtrade_fetch_page p where p.fetch_id = f.id), "
                + "f.updated_at from markets_comtrade_fetch f where (f.status = 'FAILED' and coalesce(f.failure, '') <> '" + NO_RECORDS + "' "
                + "and coalesce(f.failure_code, '') <> '" + NO_RECORDS_CODE + "') "
                + "or (f.status = 'RUNNING' and f.updated_at < ?) "
                + "order by f.id desc limit " + Math.max(1, limit), (rs, i) -> new Stopped(job(rs), rs.getInt(16),
                rs.getTimestamp(17).toInstant()), Timestamp.from(staleBefore));
    }

    public List<Page> pages(long fetchId) {
        return jdbc.query("select page_no, periods, records from markets_comtrade_fetch_page where fetch_id = ? order by page_no",
                (rs, i) -> new Page(rs.getInt(1), rs.getString(2), rs.getInt(3)), fetchId);
    }

    /**
     * Writes the CSV lines of every page done, in page order, to {@code out}: one query per page, each page's bytes written
     * straight into {@code out} before the next is read, so at most one page is held in memory (t2fixG: one query for all
     * pages held them all, since PostgreSQL's driver with autocommit and no fetch size reads the whole result before its
     * first row; no temporary copy before {@code out} either).
     */
    public void writeContent(long fetchId, java.io.OutputStream out) {
        List<Integer> pageNos = jdbc.queryForList("select page_no from markets_comtrade_fetch_page where fetch_id = ? order by page_no",
                Integer.class, fetchId);
        for (int pageNo : pageNos) {
            jdbc.query("select content from markets_comtrade_fetch_page where fetch_id = ? and page_no = ?",
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                        try {
                            out.write(rs.getBytes(1));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, fetchId, pageNo);
        }
    }

    /** Records a page as done (a page done before is kept as it was: it is never fetched twice). */
    public void pageDone(long fetchId, int pageNo, String periods, int records, byte[] csv, Instant now) {
        if (jdbc.queryForObject("select count(*) from markets_comtrade_fetch_page where fetch_id = ? and page_no = ?", Integer.class,
                fetchId, pageNo) == 0) {
            jdbc.update("insert into markets_comtrade_fetch_page (fetch_id, page_no, periods, records, content) values (?, ?, ?, ?, ?)",
                    fetchId, pageNo, periods, records, csv);
        }
        jdbc.update("update markets_comtrade_fetch set updated_at = ? where id = ?", Timestamp.from(now), fetchId);
    }

    public void status(long fetchId, String status, String failure, Instant now) {
        jdbc.update("update markets_comtrade_fetch set status = ?, failure = ?, failure_code = null, failure_args = null, updated_at = ? "
                + "where id = ?", status, failure == null ? null : failure.substring(0, Math.min(1000, failure.length())), Timestamp.from(now),
                fetchId);
    }

    /**
     * A fetch FAILED with why as a message code and its arguments (code read R11), worded in the reader's language when read;
     * no English text is kept.
     */
    public void failed(long fetchId, String code, List<?> args, Instant now) {
        jdbc.update("update markets_comtrade_fetch set status = 'FAILED', failure = null, failure_code = ?, failure_args = ?, updated_at = ? "
                + "where id = ?", code, DatasetStore.argsJson(args == null ? List.of() : args), Timestamp.from(now), fetchId);
    }

    /** A fetch FAILED on {@code e}: its message code and arguments, or the code and arguments of its text as data. */
    public void failed(long fetchId, org.tradedesk.shared.TradedeskException e, Instant now) {
        org.tradedesk.shared.MessageText text = e.messageText();
        if (text == null) {
            failed(fetchId, e.messageCode(), java.util.Arrays.asList(e.arguments()), now);
            return;
        }
        List<Object> args = new java.util.ArrayList<>();
        for (org.tradedesk.shared.MessageText.Arg a : text.args()) {
            args.add(switch (a.kind()) {
                case NUMBER -> new java.math.BigDecimal(a.value());
                case CODE -> new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {a.value()}, a.value());
                case MESSAGE -> a.message();
                default -> a.value() == null ? "" : a.value();
            });
        }
        failed(fetchId, text.code(), args, now);
    }

    public void done(long fetchId, long datasetId, Instant now) {
        jdbc.update("update markets_comtrade_fetch set status = 'DONE', failure = null, failure_code = null, failure_args = null, dataset_id = ?, "
                + "updated_at = ? where id = ?", datasetId,
                Timestamp.from(now), fetchId);
    }
}
