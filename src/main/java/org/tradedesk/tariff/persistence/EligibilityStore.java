package org.tradedesk.tariff.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The country lists and their memberships (tables {@code tariff_eligibility_*}). Rows read from the
 * bundled file are {@code FILE}; rows a manager entered are {@code AMENDMENT}; a file row a manager
 * ended keeps its origin but carries who ended it, so a new file version does not undo the end.
 */
@Repository
public class EligibilityStore {

    public record ListRow(String jurisdiction, String code, String nameEn, String nameZh, String legalSource, String sourceUrl,
            String status) {
    }

    public record MemberRow(long id, String jurisdiction, String listCode, String country, LocalDate validFrom, LocalDate validTo,
            String status, String source, String origin, String amendedBy, Instant amendedAt) {
    }

    private final JdbcTemplate jdbc;

    public EligibilityStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasVersion(String sha256) {
        Integer n = jdbc.queryForObject("select count(*) from tariff_eligibility_version where sha256 = ?", Integer.class, sha256);
        return n != null && n > 0;
    }

    /** Writes a file version: its lists (insert or update), and its members in place of the previous file's. */
    public long importVersion(String fileName, String sha256, List<ListRow> lists, List<MemberRow> members, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into tariff_eligibility_version (file_name, sha256, row_count, imported_at) values (?,?,?,?)",
                    new String[] {"id"});
            ps.setString(1, fileName);
            ps.setString(2, sha256);
            ps.setInt(3, lists.size() + members.size());
            ps.setTimestamp(4, Timestamp.from(at));
            return ps;
        }, keys);
        long version = keys.getKey().longValue();
        for (ListRow l : lists) {
            int updated = jdbc.update("update tariff_eligibility_list set name_en = ?, name_zh = ?, legal_source = ?, source_url = ?, status = ? "
                    + "where jurisdiction = ? and list_code = ?", l.nameEn(), l.nameZh(), l.legalSource(), l.sourceUrl(), l.status(),
                    l.jurisdiction(), l.code());
            if (updated == 0) {
                jdbc.update("insert into tariff_eligibility_list (jurisdiction, list_code, name_en, name_zh, legal_source, source_url, status) "
                        + "values (?,?,?,?,?,?,?)", l.jurisdiction(), l.code(), l.nameEn(), l.nameZh(), l.legalSource(), l.sourceUrl(), l.status());
            }
        }
        // a manager's amendments (new rows, and file rows a manager ended) outlive the file they came with
        jdbc.update("delete from tariff_eligibility_member where origin = 'FILE' and amended_by is null");
        for (MemberRow m : members) {
            String sameRow = "select count(*) from tariff_eligibility_member where jurisdiction = ? and list_code = ? and country = ? and ";
            Integer kept = m.validFrom() == null
                    ? jdbc.queryForObject(sameRow + "valid_from is null", Integer.class, m.jurisdiction(), m.listCode(), m.country())
                    : jdbc.queryForObject(sameRow + "valid_from = ?", Integer.class, m.jurisdiction(), m.listCode(), m.country(),
                    date(m.validFrom()));
            if (kept != null && kept > 0) {
                continue;
            }
            jdbc.update("insert into tariff_eligibility_member (jurisdiction, list_code, country, valid_from, valid_to, status, source, origin, "
                    + "file_version) values (?,?,?,?,?,?,?,'FILE',?)", m.jurisdiction(), m.listCode(), m.country(), date(m.validFrom()),
                    date(m.validTo()), m.status(), m.source(), version);
        }
        return version;
    }

    /**
     * What the lists are made of now, for a result to record: the newest file version (its SHA-256
     * prefix and import time) and the number of a manager's amendments with the last one's time.
     */
    public String describeVersion() {
        return describeVersion(null);
    }

    /**
     * As {@link #describeVersion()}, counting only the amendments of one jurisdiction's lists (null: all): a Taiwanese
     * calculation rests on the Taiwanese lists, and its letter counted the Australian lists' amendments too (t1fixL 3).
     */
    public String describeVersion(String jurisdiction) {
        List<String> file = jdbc.query("select id, sha256, imported_at from tariff_eligibility_version order by id desc limit 1",
                (rs, i) -> rs.getLong("id") + " (sha256 " + rs.getString("sha256").substring(0, 12) + ")");
        List<String> amended = jdbc.query("select count(*) as n, max(amended_at) as last_at from tariff_eligibility_member "
                + "where amended_by is not null and (cast(? as varchar) is null or jurisdiction = ?)", (rs, i) -> rs.getLong("n") == 0 ? "no amendments"
                : rs.getLong("n") + " amendment(s), last " + rs.getTimestamp("last_at").toInstant(), jurisdiction, jurisdiction);
        return "country lists version " + (file.isEmpty() ? "none" : file.get(0)) + ", " + amended.get(0);
    }

    /** The same as {@link #describeVersion()}, as a message the reader's language renders. */
    public org.tradedesk.shared.MessageText describeVersionText() {
        return describeVersionText(null);
    }

    /** As {@link #describeVersionText()}, counting only the amendments of one jurisdiction's lists (null: all). */
    public org.tradedesk.shared.MessageText describeVersionText(String jurisdiction) {
        List<org.tradedesk.shared.MessageText> file = jdbc.query(
                "select id, sha256 from tariff_eligibility_version order by id desc limit 1",
                (rs, i) -> org.tradedesk.shared.MessageText.of("tariff.eligibility.version.file",
                        org.tradedesk.shared.MessageText.Arg.number(rs.getLong("id")),
                        org.tradedesk.shared.MessageText.Arg.literal(rs.getString("sha256").substring(0, 12))));
        // the last amendment's day in its list's jurisdiction (a TW list amended at 17:00 UTC was amended on Taipei's next day)
        List<org.tradedesk.shared.MessageText> amended = jdbc.query("select count(*) as n, max(amended_at) as last_at, "
                + "(select jurisdiction from tariff_eligibility_member where amended_by is not null "
                + "and (cast(? as varchar) is null or jurisdiction = ?) order by amended_at desc, id desc limit 1) as last_in "
                + "from tariff_eligibility_member where amended_by is not null and (cast(? as varchar) is null or jurisdiction = ?)",
                (rs, i) -> rs.getLong("n") == 0
                ? org.tradedesk.shared.MessageText.of("tariff.eligibility.version.no-amendments")
                : org.tradedesk.shared.MessageText.of("tariff.eligibility.version.amendments",
                        org.tradedesk.shared.MessageText.Arg.number(rs.getLong("n")),
                        org.tradedesk.shared.MessageText.Arg.date(org.tradedesk.platform.BusinessCalendar.dayIn(
                                rs.getTimestamp("last_at").toInstant(), rs.getString("last_in")))),
                jurisdiction, jurisdiction, jurisdiction, jurisdiction);
        return org.tradedesk.shared.MessageText.of("tariff.eligibility.version",
                org.tradedesk.shared.MessageText.Arg.message(file.isEmpty()
                        ? org.tradedesk.shared.MessageText.of("tariff.eligibility.version.none") : file.get(0)),
                org.tradedesk.shared.MessageText.Arg.message(amended.get(0)));
    }

    public List<ListRow> lists() {
        return jdbc.query("select * from tariff_eligibility_list order by jurisdiction, list_code", (rs, i) -> new ListRow(
                rs.getString("jurisdiction"), rs.getString("list_code"), rs.getString("name_en"), rs.getString("name_zh"),
                rs.getString("legal_source"), rs.getString("source_url"), rs.getString("status")));
    }

    public List<MemberRow> members() {
        return jdbc.query("select * from tariff_eligibility_member order by jurisdiction, list_code, country, valid_from", EligibilityStore::member);
    }

    public Optional<MemberRow> member(long id) {
        return jdbc.query("select * from tariff_eligibility_member where id = ?", EligibilityStore::member, id).stream().findFirst();
    }

    public long addMember(String jurisdiction, String listCode, String country, LocalDate from, LocalDate to, String status, String source,
            String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into tariff_eligibility_member (jurisdiction, list_code, country, valid_from, valid_to, status, "
                    + "source, origin, amended_by, amended_at) values (?,?,?,?,?,?,?,'AMENDMENT',?,?)", new String[] {"id"});
            ps.setString(1, jurisdiction);
            ps.setString(2, listCode);
            ps.setString(3, country);
            ps.setDate(4, date(from));
            ps.setDate(5, date(to));
            ps.setString(6, status);
            ps.setString(7, source);
            ps.setString(8, by);
            ps.setTimestamp(9, Timestamp.from(at));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public void endMember(long id, LocalDate lastDay, String source, String by, Instant at) {
        jdbc.update("update tariff_eligibility_member set valid_to = ?, source = ?, amended_by = ?, amended_at = ? where id = ?",
                date(lastDay), source, by, Timestamp.from(at), id);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static MemberRow member(ResultSet rs, int i) throws SQLException {
        Date from = rs.getDate("valid_from");
        Date to = rs.getDate("valid_to");
        Timestamp at = rs.getTimestamp("amended_at");
        return new MemberRow(rs.getLong("id"), rs.getString("jurisdiction"), rs.getString("list_code"), rs.getString("country"),
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(), rs.getString("status"), rs.getString("source"),
                rs.getString("origin"), rs.getString("amended_by"), at == null ? null : at.toInstant());
    }
}
