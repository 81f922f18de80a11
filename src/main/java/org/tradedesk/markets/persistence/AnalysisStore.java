package org.tradedesk.markets.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tradedesk.markets.AnalysisMethod;
import org.tradedesk.markets.AnalysisRequest;
import org.tradedesk.markets.ProjectAnalyses;
import tools.jackson.databind.json.JsonMapper;

/** Shared analyses (their request as JSON data), their comments, and the reports sent by e-mail. */
@Repository
public class AnalysisStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    public AnalysisStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long share(long project, long dataset, AnalysisMethod method, AnalysisRequest request, String title, String finding,
                      String user, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement p = c.prepareStatement("""
                    insert into markets_shared_analysis (project_id, dataset_id, method, request_json, title, finding, shared_by, shared_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            p.setLong(1, project);
            p.setLong(2, dataset);
            p.setString(3, method.name());
            p.setString(4, JSON.writeValueAsString(request));
            p.setString(5, title);
            p.setString(6, finding);
            p.setString(7, user);
            p.setTimestamp(8, Timestamp.from(now));
            return p;
        }, key);
        return key.getKey().longValue();
    }

    public Optional<ProjectAnalyses.SharedAnalysis> analysis(long id) {
        return jdbc.query("select * from markets_shared_analysis where id = ?", this::mapAnalysis, id).stream().findFirst();
    }

    public List<ProjectAnalyses.SharedAnalysis> analyses(long project, int limit) {
        return jdbc.query("select * from markets_shared_analysis where project_id = ? order by id limit " + limit, this::mapAnalysis, project);
    }

    private ProjectAnalyses.SharedAnalysis mapAnalysis(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new ProjectAnalyses.SharedAnalysis(id, rs.getLong("project_id"), rs.getLong("dataset_id"),
                AnalysisMethod.valueOf(rs.getString("method")), JSON.readValue(rs.getString("request_json"), AnalysisRequest.class),
                rs.getString("title"), rs.getString("finding"), rs.getString("shared_by"), rs.getTimestamp("shared_at").toInstant(),
                comments(id));
    }

    public long comment(long analysis, String author, String body, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement p = c.prepareStatement(
                    "insert into markets_analysis_comment (analysis_id, author, body, created_at) values (?, ?, ?, ?)", new String[] {"id"});
            p.setLong(1, analysis);
            p.setString(2, author);
            p.setString(3, body);
            p.setTimestamp(4, Timestamp.from(now));
            return p;
        }, key);
        return key.getKey().longValue();
    }

    public List<ProjectAnalyses.Comment> comments(long analysis) {
        return jdbc.query("select * from markets_analysis_comment where analysis_id = ? order by id limit 500",
                (rs, i) -> new ProjectAnalyses.Comment(rs.getLong("id"), rs.getString("author"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()), analysis);
    }

    public void reportSent(long project, String name, String email, String language, String formats, String user, Instant now) {
        jdbc.update("""
                insert into markets_report_sent (project_id, recipient_name, recipient_email, language, formats, sent_by, sent_at)
                values (?, ?, ?, ?, ?, ?, ?)""", project, name, email, language, formats, user, Timestamp.from(now));
    }

    public List<ProjectAnalyses.ReportSent> reportsSent(long project, int limit) {
        return jdbc.query("select * from markets_report_sent where project_id = ? order by id desc limit " + limit,
                (rs, i) -> new ProjectAnalyses.ReportSent(rs.getString("recipient_name"), rs.getString("recipient_email"),
                        rs.getString("language"), rs.getString("formats"), rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant()),
                project);
    }
}
