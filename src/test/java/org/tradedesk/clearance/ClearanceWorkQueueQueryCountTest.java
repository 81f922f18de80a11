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
    @org.springframework.test.context.bean.override.mockito.MockitoSpyBean
    org.tradedesk.clearance.persistence.TransactionStore transactionStore;

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
     * Issue 8 acceptance review: a view of unchanged findings (the home queue, a page viewed again) still read the file's
     * newest declaration and parsed the captured JSON of every invoice of the client's other open files before finding its
     * findings kept. Now a hit reads neither; what another instance changes in the database (written here by JDBC, as
     * another instance's commit arrives) is seen at the next view, by the file page and by the work queue: the other
     * file's invoice taking this file's number, then a declaration claiming a preference.
     */
    @Test
    void aKeptViewReadsNeitherTheDeclarationNorTheOtherInvoicesAndSeesWhatAnotherInstanceChanged() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("manager", "x", "ROLE_MANAGER"));
        client = clients.create(new ClientDetails("Kept Findings Co", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.EN, null, null, null)).id();
        List<Long> files = seed(2);
        long a = files.get(0);
        long b = files.get(1);
        invoice(a, "INV-7", "a7");
        invoice(b, "INV-8", "b8");
        TransactionId fileA = TransactionId.of(a);
        statementsForOneHomePage();
        long runs = checks.runs();
        assertThat(findings(fileA)).extracting(org.tradedesk.clearance.domain.Finding::rule)
                .doesNotContain("duplicate.invoice-other-file", "doc.origin");

        org.mockito.Mockito.clearInvocations(declarationStore, transactionStore);
        findings(fileA);
        statementsForOneHomePage();
        assertThat(checks.runs()).as("nothing changed: the findings are kept").isEqualTo(runs);
        org.mockito.Mockito.verify(declarationStore, org.mockito.Mockito.never()).find(org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.anyLong());
        org.mockito.Mockito.verify(declarationStore, org.mockito.Mockito.never()).of(org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.anyInt());
        org.mockito.Mockito.verify(transactionStore, org.mockito.Mockito.never()).invoiceHeads(org.mockito.ArgumentMatchers.anyCollection());

        // another instance gives file B's invoice file A's number: the queue runs both files' checks again (A for its
        // duplicate, B for its own document), and file A's page shows the duplicate
        invoice(b, "INV-7", "b8");
        statementsForOneHomePage();
        assertThat(checks.runs()).as("the queue's key holds the other files' invoices").isEqualTo(runs + 2);
        assertThat(findings(fileA)).extracting(org.tradedesk.clearance.domain.Finding::rule)
                .contains("duplicate.invoice-other-file");
        assertThat(checks.runs()).isEqualTo(runs + 2);

        // a declaration draft claiming a preference is added: proof of origin is now asked for
        jdbc.update("insert into clearance_declaration (transaction_id, revision, message_version, function_code, status, message_format,"
                + " message_id, declaration_json, created_by, created_at) values (?, 1, 1, '9', 'DRAFT', 'TW_XML', ?, ?, 'manager', ?)",
                a, "TD" + a + "R1", "{\"version\":1,\"items\":[{\"sequence\":1,\"preferenceClaimed\":\"ECFA\"}]}",
                Timestamp.from(Instant.now()));
        assertThat(findings(fileA)).extracting(org.tradedesk.clearance.domain.Finding::rule).contains("doc.origin");
        assertThat(checks.runs()).isEqualTo(runs + 3);
    }

    /** The findings as the service gives them (a MockMvc request leaves the test thread without a user). */
    private List<org.tradedesk.clearance.domain.Finding> findings(TransactionId file) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("manager", "x", "ROLE_MANAGER"));
        return checks.findings(file);
    }

    /** The file's invoice as another instance captures it: its number, a seller, its own SHA-256, the version up. */
    private void invoice(long file, String number, String sha256) {
        jdbc.update("update clearance_document set captured_json = ?, capture_format = 'MANUAL', sha256 = ?, version = version + 1"
                + " where transaction_id = ?", "{\"format\":\"MANUAL\",\"needsConfirmation\":false,\"invoiceNumber\":\"" + number
                + "\",\"sellerName\":\"Acme Trading\",\"lines\":[]}", sha256, file);
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
        // declared files (a rejection answers a lodged declaration): the queue runs no document checks for them
        files.forEach(f -> jdbc.update("update clearance_transaction set status = 'DECLARED' where id = ?", f));
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
