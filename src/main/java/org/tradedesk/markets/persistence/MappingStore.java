package org.tradedesk.markets.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tradedesk.markets.ColumnMapping;
import tools.jackson.databind.json.JsonMapper;

/** Column mappings saved by name (the generic CSV/XLSX import), kept as JSON in the relational database. */
@Repository
public class MappingStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    public MappingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String json(ColumnMapping m) {
        return JSON.writeValueAsString(m);
    }

    public static ColumnMapping parse(String json) {
        return JSON.readValue(json, ColumnMapping.class);
    }

    /** Saves the mapping under its name: a new one, or the one of that name replaced. */
    public void save(ColumnMapping m, String user, Instant now) {
        int n = jdbc.update("update markets_column_mapping set spec_json = ?, updated_by = ?, updated_at = ? where name = ?", json(m), user,
                Timestamp.from(now), m.name());
        if (n == 0) {
            jdbc.update("insert into markets_column_mapping (name, spec_json, created_by, created_at, updated_by, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?)", m.name(), json(m), user, Timestamp.from(now), user, Timestamp.from(now));
        }
    }

    public Optional<ColumnMapping> find(String name) {
        return jdbc.query("select spec_json from markets_column_mapping where name = ?", (rs, i) -> parse(rs.getString(1)), name).stream()
                .findFirst();
    }

    public List<ColumnMapping> list(int limit) {
        return jdbc.query("select spec_json from markets_column_mapping order by name limit " + limit, (rs, i) -> parse(rs.getString(1)));
    }
}
