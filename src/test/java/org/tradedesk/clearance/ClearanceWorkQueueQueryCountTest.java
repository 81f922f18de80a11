package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * Issue 8: the home page's clearance work queue ran the document checks' key (the file, its documents, their figures) for
 * up to 30 files on every view. Counts the statements Hibernate prepares for one view of the home page with 5 files
 * being prepared, then with 30: the count must be the same, and the checks must not run again for unchanged files;
 * a changed document makes them run for that file only. Seeds by JDBC so only the view's own statements are counted.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@WithMockUser(username = "manager", roles = "MANAGER")
class ClearanceWorkQueueQueryCountTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    ClientDirectory clients;
    @Autowired
    ClearanceChecks checks;
    @org.springframework.test.context.bean.override.mockito.MockitoSpyBean
    org.tradedesk.clearance.persistence.DeclarationStore declarationStore;

    long client;

    List<Long> seed(int files) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            jdbc.update("insert into clearance_transaction (version, client_id, direction, jurisdiction, transport_mode, incoterm, reference,"
                    + " status, created_by, created_at, updated_at) values (0, ?, 'IMPORT', 'TW', 'AIR', 'CIF', ?, 'DRAFT', 'manager', ?, ?)",
                    client, "QC-" + i, now, now);
            long id = jdbc.queryForObject("select max(id) from clearance_transaction", Long.class);
            jdbc.update("insert into clearance_document (version, transaction_id, document_type, file_name, content_type, size_bytes,"
                    + " sha256, uploaded_by, uploaded_at) values (0, ?, 'COMMERCIAL_INVOICE', 'inv.pdf', 'application/pdf', 1, 'x', 'manager', ?)",
                    id, now);
            ids.add(id);
        }
        return ids;
    }

    long statementsForOneHomePage() throws Exception {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        String html = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("QC-0");
        return stats.getPrepareStatementCount();
    }

    @Test
    void theHomePageQueriesDoNotGrowWithTheFilesAndTheChecksRunOnlyForAChangedFile() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("manager", "x", "ROLE_MANAGER"));
        client = clients.create(new ClientDetails("Queue Count Co", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.EN, null, null, null)).id();
        List<Long> first = seed(5);
        statementsForOneHomePage(); // the first view runs the checks of each new file once
        long runs = checks.runs();
        long with5 = statementsForOneHomePage();
        assertThat(checks.runs()).as("an unchanged file's checks are not run again").isEqualTo(runs);

        seed(25);
        statementsForOneHomePage();
        runs = checks.runs();
        long with30 = statementsForOneHomePage();
        assertThat(checks.runs()).isEqualTo(runs);
        assertThat(with30).as("statements with 30 files vs 5: a query per file is back").isEqualTo(with5);
        assertThat(with5).as("the queue's own statements are counted").isGreaterThanOrEqualTo(3);

        // a document of one file changes (its version goes up): that file's checks run again, the others' do not
        jdbc.update("update clearance_document set version = version + 1 where transaction_id = ?", first.get(0));
        statementsForOneHomePage();
        assertThat(checks.runs()).isEqualTo(runs + 1);
    }

    /**
     * Review of issue 8: the queue ran one responses query per rejected file to name customs' error codes. Three files
     * rejected (one twice: the newest rejection counts): one query for all of them, each file with its own codes.
     */
    @Test
    void theRejectedFilesCodesComeFromOneQuery() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("manager", "x", "ROLE_MANAGER"));
        client = clients.create(new ClientDetails("Rejections Co", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.EN, null, null, null)).id();
        List<Long> files = seed(3);
        Timestamp now = Timestamp.from(Instant.now());
        String[][] codes = {{"ICS101"}, {"ICS202", "ICS203"}, {"ICS303"}};
        for (int i = 0; i < files.size(); i++) {
            long id = files.get(i);
            jdbc.update("insert into clearance_declaration (transaction_id, revision, message_version, function_code, status, message_format,"
                    + " message_id, declaration_json, created_by, created_at) values (?, 1, 1, '9', 'REJECTED', 'CUSDEC_D99B', ?, '{}', 'manager', ?)",
                    id, "TD" + id + "R1", now);
            if (i == 0) { // an older rejection with another code: not the one shown
                response(id, now, "OLD999");
            }
            response(id, now, codes[i]);
        }
        org.mockito.Mockito.clearInvocations(declarationStore);
        String html = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("ICS101", "ICS202, ICS203", "ICS303").doesNotContain("OLD999");
        org.mockito.Mockito.verify(declarationStore, org.mockito.Mockito.times(1)).newestRejections(org.mockito.ArgumentMatchers.anyCollection());
        org.mockito.Mockito.verify(declarationStore, org.mockito.Mockito.never()).responses(org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.anyInt());
    }

    /** A rejection of the file with its error codes. */
    private void response(long transactionId, Timestamp at, String... codes) {
        String errors = String.join(",", java.util.Arrays.stream(codes).map(c -> "{\"code\":\"" + c + "\"}").toList());
        String json = "{\"source\":\"AU_CUSRES\",\"kind\":\"REJECTED\",\"reference\":\"R-" + codes[0] + "\",\"errors\":[" + errors + "]}";
        jdbc.update("insert into clearance_response (transaction_id, source, kind, errors_json, content, sha256, received_via, received_by,"
                + " received_at) values (?, 'AU_CUSRES', 'REJECTED', ?, ?, 'x', 'UPLOAD', 'manager', ?)", transactionId, json,
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8), at);
    }
}
