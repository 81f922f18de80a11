package org.tradedesk.markets.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.TariffDatasetView;
import org.tradedesk.markets.importing.TariffLinesReader;

/** Tariff-line datasets (t2fixN) in the relational database: the file's record with its market, and its lines by year. */
@Repository
public class TariffDatasetStore {

    /** At most this many rejected rows are kept with the dataset (the counts are always whole). */
    static final int KEPT_REJECTIONS = 100;

    private final JdbcTemplate jdbc;

    public TariffDatasetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines of one year: how many, and the sum of their MFN rates. */
    public record YearLines(int year, int lines, BigDecimal sum) {
    }

    @Transactional
    public long create(String market, String fileName, String sha256, TariffLinesReader.Outcome o, String user, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String rejections = String.join("\n", o.rejections().stream().limit(KEPT_REJECTIONS)
                .map(r -> r.line() + "\t" + r.code() + "\t" + r.detail().replace('\n', ' ').replace('\t', ' ')).toList());
        jdbc.update(c -> {
            var p = c.prepareStatement("insert into markets_tariff_dataset (market, file_name, sha256, rows_read, rows_kept, rows_rejected, "
                    + "rejections, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            p.setString(1, market);
            p.setString(2, fileName.length() > 300 ? fileName.substring(0, 300) : fileName);
            p.setString(3, sha256);
            p.setInt(4, o.rowsRead());
            p.setInt(5, o.lines().size());
            p.setInt(6, o.rejections().size());
            p.setString(7, rejections.length() > 8000 ? rejections.substring(0, 8000) : rejections);
            p.setString(8, user);
            p.setTimestamp(9, Timestamp.from(now));
            return p;
        }, keys);
        long id = keys.getKey().longValue();
        jdbc.batchUpdate("insert into markets_tariff_line (dataset_id, line_no, tariff_year, hs_code, description, mfn_percent) "
                + "values (?, ?, ?, ?, ?, ?)", o.lines(), 1000, (p, l) -> {
                    p.setLong(1, id);
                    p.setInt(2, l.lineNo());
                    p.setInt(3, l.year());
                    p.setString(4, l.hsCode());
                    p.setString(5, l.description());
                    p.setBigDecimal(6, l.mfnPercent());
                });
        return id;
    }

    private static final String SELECT = "select d.id, d.market, d.file_name, d.sha256, d.rows_read, d.rows_kept, d.rows_rejected, "
            + "d.rejections, d.created_by, d.created_at, (select min(tariff_year) from markets_tariff_line l where l.dataset_id = d.id), "
            + "(select max(tariff_year) from markets_tariff_line l where l.dataset_id = d.id) from markets_tariff_dataset d ";

    public Optional<TariffDatasetView> find(long id) {
        return jdbc.query(SELECT + "where d.id = ?", TariffDatasetStore::view, id).stream().findFirst();
    }

    public Optional<TariffDatasetView> find(String market, String sha256) {
        return jdbc.query(SELECT + "where d.market = ? and d.sha256 = ?", TariffDatasetStore::view, market, sha256).stream().findFirst();
    }

    public List<TariffDatasetView> list(int limit) {
        return jdbc.query(SELECT + "order by d.id desc limit " + limit, TariffDatasetStore::view);
    }

    /**
     * The lines of the product (codes beginning with its digits) in the latest year not after {@code year} that holds any (the
     * latest year of all when {@code year} is null); empty when there is none. One level only, each line once: the most
     * detailed codes — a code that begins another code of the same year (a heading whose sub-lines the file also holds) is
     * left out — and, of rows repeating a year and code (stored before the import rejected them), the first.
     */
    public Optional<YearLines> lines(long dataset, String product, Integer year) {
        return jdbc.query("select l.tariff_year, count(*), sum(l.mfn_percent) from markets_tariff_line l where l.dataset_id = ? "
                        + "and l.hs_code like ? and l.tariff_year <= ? "
                        + "and not exists (select 1 from markets_tariff_line s where s.dataset_id = l.dataset_id "
                        + "and s.tariff_year = l.tariff_year and s.hs_code <> l.hs_code and s.hs_code like l.hs_code || '%') "
                        + "and not exists (select 1 from markets_tariff_line e where e.dataset_id = l.dataset_id "
                        + "and e.tariff_year = l.tariff_year and e.hs_code = l.hs_code and e.line_no < l.line_no) "
                        + "group by l.tariff_year order by l.tariff_year desc limit 1",
                (rs, i) -> new YearLines(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3)), dataset, product + "%",
                year == null ? 9999 : year).stream().findFirst();
    }

    private static TariffDatasetView view(ResultSet rs, int i) throws SQLException {
        List<Rejection> rejections = new ArrayList<>();
        String stored = rs.getString("rejections");
        if (stored != null && !stored.isBlank()) {
            for (String l : stored.split("\n")) {
                String[] f = l.split("\t", 3);
                if (f.length == 3) {
                    rejections.add(new Rejection(Long.parseLong(f[0]), f[1], f[2]));
                }
            }
        }
        int first = rs.getInt(11);
        Integer firstYear = rs.wasNull() ? null : first;
        int last = rs.getInt(12);
        Integer lastYear = rs.wasNull() ? null : last;
        return new TariffDatasetView(rs.getLong("id"), rs.getString("market"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getInt("rows_read"), rs.getInt("rows_kept"), rs.getInt("rows_rejected"), rejections, firstYear, lastYear,
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), false);
    }
}
