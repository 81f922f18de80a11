package org.tradedesk.clearance;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Review R8: the N5107 backfill migration on H2 ({@link DocumentsRequestBackfill}). */
@SpringBootTest
class DocumentsRequestBackfillTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void openN5107RequestsAreBackfilledFromTheResponsesKept() throws Exception {
        DocumentsRequestBackfill.check(jdbc, json);
    }
}
