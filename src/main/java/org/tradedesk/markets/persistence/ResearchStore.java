package org.tradedesk.markets.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tradedesk.markets.ResearchProjects;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Research projects and decision records; a decision's figures and findings are kept as JSON data (codes and numbers). */
@Repository
public class ResearchStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SEP = "\n";

    private final JdbcTemplate jdbc;

    public ResearchStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ResearchProjects.Project createProject(String name, List<String> hs, List<String> markets, List<String> questions,
                                                  List<Long> datasets, String user, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement p = c.prepareStatement("""
                    insert into markets_research_project (name, hs_codes, markets, questions, dataset_ids, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            p.setString(1, name);
            p.setString(2, String.join(",", hs));
            p.setString(3, String.join(",", markets));
            p.setString(4, String.join(SEP, questions));
            p.setString(5, String.join(",", datasets.stream().map(String::valueOf).toList()));
            p.setString(6, user);
            p.setTimestamp(7, Timestamp.from(now));
            return p;
        }, key);
        return project(key.getKey().longValue()).orElseThrow();
    }

    public Optional<ResearchProjects.Project> project(long id) {
        return jdbc.query("select * from markets_research_project where id = ?", ResearchStore::project, id).stream().findFirst();
    }

    public List<ResearchProjects.Project> projects(int limit) {
        return jdbc.query("select * from markets_research_project order by id desc limit " + limit, ResearchStore::project);
    }

    private static ResearchProjects.Project project(ResultSet rs, int row) throws SQLException {
        return new ResearchProjects.Project(rs.getLong("id"), rs.getString("name"), split(rs.getString("hs_codes"), ","),
                split(rs.getString("markets"), ","), split(rs.getString("questions"), SEP),
                split(rs.getString("dataset_ids"), ",").stream().map(Long::valueOf).toList(), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** An identical decision (same user, dataset, choices and figures) within this time of the first is a double submit. */
    public static final java.time.Duration SAME_DECISION_WINDOW = java.time.Duration.ofMinutes(2);

    /**
     * Stores a decision. A double submit (t2fixO: two POSTs at once recorded two identical decisions) is refused: the project's
     * row is locked for the transaction (a database lock, so across instances), and a decision identical to one recorded by
     * the same user within {@link #SAME_DECISION_WINDOW} is a 409 naming the one recorded.
     */
    @org.springframework.transaction.annotation.Transactional
    public ResearchProjects.Decision createDecision(long project, List<ResearchProjects.Choice> choices, ResearchProjects.Scoring figures,
                                                    List<ResearchProjects.Finding> findings, String user, Instant now) {
        jdbc.queryForList("select id from markets_research_project where id = ? for update", Long.class, project);
        String choicesJson = JSON.writeValueAsString(choices);
        String figuresJson = JSON.writeValueAsString(figures);
        List<Long> same = jdbc.query("""
                select id, figures_json from markets_decision where project_id = ? and dataset_id = ? and choices_json = ?
                  and created_by = ? and created_at >= ? order by id""",
                (rs, i) -> figuresJson.equals(rs.getString("figures_json")) ? rs.getLong("id") : null,
                project, figures.dataset(), choicesJson, user, Timestamp.from(now.minus(SAME_DECISION_WINDOW)))
                .stream().filter(java.util.Objects::nonNull).toList();
        if (!same.isEmpty()) {
            throw new org.tradedesk.shared.TradedeskException(org.tradedesk.shared.TradedeskException.Kind.CONFLICT,
                    "markets.decision.duplicate", "decision " + same.get(0) + " is the same, recorded just before",
                    String.valueOf(same.get(0)));
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement p = c.prepareStatement("""
                    insert into markets_decision (project_id, dataset_id, dataset_sha256, choices_json, figures_json, findings_json,
                      created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            p.setLong(1, project);
            p.setLong(2, figures.dataset());
            p.setString(3, figures.datasetSha256());
            p.setString(4, choicesJson);
            p.setString(5, figuresJson);
            p.setString(6, JSON.writeValueAsString(findings));
            p.setString(7, user);
            p.setTimestamp(8, Timestamp.from(now));
            return p;
        }, key);
        return decision(key.getKey().longValue()).orElseThrow();
    }

    public Optional<ResearchProjects.Decision> decision(long id) {
        return jdbc.query("select * from markets_decision where id = ?", ResearchStore::decision, id).stream().findFirst();
    }

    public List<ResearchProjects.Decision> decisions(long project, int limit) {
        return jdbc.query("select * from markets_decision where project_id = ? order by id desc limit " + limit, ResearchStore::decision,
                project);
    }

    private static ResearchProjects.Decision decision(ResultSet rs, int row) throws SQLException {
        return new ResearchProjects.Decision(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("dataset_id"),
                rs.getString("dataset_sha256"),
                JSON.readValue(rs.getString("choices_json"), new TypeReference<List<ResearchProjects.Choice>>() { }),
                JSON.readValue(rs.getString("figures_json"), ResearchProjects.Scoring.class),
                JSON.readValue(rs.getString("findings_json"), new TypeReference<List<ResearchProjects.Finding>>() { }),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> split(String s, String sep) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(sep, -1));
    }
}
