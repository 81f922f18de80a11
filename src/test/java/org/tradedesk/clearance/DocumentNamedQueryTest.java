package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tradedesk.clearance.persistence.TransactionStore;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.CountryCode;

/**
 * t4fixK 4: naming one document of a file (problem details, history lines) read every document of the file — current and
 * withdrawn, their captured JSON parsed — to find it and its place. Now the document, its place and the candidates for a
 * twin of its number are queried directly: the rows read do not grow with the file, the names stay the same.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class DocumentNamedQueryTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    TransactionStore store;
    @Autowired
    MessageTexts texts;
    @Autowired
    EntityManagerFactory emf;

    @Test
    void oneDocumentIsNamedFromItsOwnRowsNotTheWholeFile() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("manager", "x", "ROLE_MANAGER"));
        long client = clients.create(new ClientDetails("Named Docs Co", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.EN, null, null, null)).id();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into clearance_transaction (version, client_id, direction, jurisdiction, transport_mode, incoterm, reference,"
                + " status, created_by, created_at, updated_at) values (0, ?, 'IMPORT', 'TW', 'AIR', 'CIF', 'DN-1', 'DRAFT', 'manager', ?, ?)",
                client, now, now);
        long file = jdbc.queryForObject("select max(id) from clearance_transaction", Long.class);
        long first = document(file, "COMMERCIAL_INVOICE", "INV-7", null);
        for (int i = 0; i < 30; i++) {
            document(file, "PACKING_LIST", null, null);
        }
        long twin = document(file, "COMMERCIAL_INVOICE", "inv-7 ", now); // withdrawn: still a twin, still counted
        long other = document(file, "COMMERCIAL_INVOICE", "INV-8", null);
        long packing = first + 5;

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        assertThat(en(store.documentNamed(file, first))).isEqualTo(en(org.tradedesk.clearance.domain.DocumentNames
                .referenceWithPosition("COMMERCIAL_INVOICE", "INV-7", "d.pdf", 1)));
        assertThat(en(store.documentNamed(file, twin))).contains("inv-7").contains("32");
        assertThat(en(store.documentNamed(file, other))).isEqualTo(en(org.tradedesk.clearance.domain.DocumentNames
                .reference("COMMERCIAL_INVOICE", "INV-8", "d.pdf", 33)));
        // t4fixQ 1: a document without its own number is named by the file the client sent, then its place
        assertThat(en(store.documentNamed(file, packing))).isEqualTo("Packing list d.pdf (6th document of the file)");
        assertThat(en(store.documentNamed(file, other + 1000))).isEqualTo(en(org.tradedesk.shared.MessageText.of("clearance.document.named.gone")));
        long rows = 0;
        for (String q : stats.getQueries()) {
            rows += stats.getQueryStatistics(q).getExecutionRowCount();
        }
        // 5 names: each its row, its place and at most its twin candidates — not the file's 33 documents each time
        assertThat(rows).as("rows read to name 5 documents of a file of 33").isLessThanOrEqualTo(15);
    }

    private String en(org.tradedesk.shared.MessageText text) {
        return texts.render(text, Locale.ENGLISH);
    }

    private long document(long file, String type, String number, Timestamp withdrawn) {
        Timestamp now = Timestamp.from(Instant.now());
        String json = number == null ? null : "{\"format\":\"MANUAL\",\"needsConfirmation\":false,\"invoiceNumber\":\"" + number
                + "\",\"sellerName\":\"Acme Trading\",\"lines\":[]}";
        jdbc.update("insert into clearance_document (version, transaction_id, document_type, file_name, content_type, size_bytes,"
                + " sha256, uploaded_by, uploaded_at, captured_json, capture_format, withdrawn_at, withdrawn_by, withdrawal_reason)"
                + " values (0, ?, ?, 'd.pdf', 'application/pdf', 1, ?, 'manager', ?, ?, ?, ?, ?, ?)",
                file, type, java.util.UUID.randomUUID().toString(), now, json, json == null ? null : "MANUAL", withdrawn,
                withdrawn == null ? null : "manager", withdrawn == null ? null : "twice");
        return jdbc.queryForObject("select max(id) from clearance_document", Long.class);
    }
}
