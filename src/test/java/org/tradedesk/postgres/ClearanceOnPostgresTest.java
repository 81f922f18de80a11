package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tradedesk.clearance.ClearanceTransactions;
import org.tradedesk.clearance.Direction;
import org.tradedesk.clearance.DocumentType;
import org.tradedesk.clearance.HistoryEntry;
import org.tradedesk.clearance.Parties;
import org.tradedesk.clearance.StaleTransactionEdit;
import org.tradedesk.clearance.TransactionClosed;
import org.tradedesk.clearance.TransactionDetails;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.TransactionStatus;
import org.tradedesk.clearance.TransactionView;
import org.tradedesk.clearance.TransportMode;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.support.PostgresTest;
import org.tradedesk.tariff.Jurisdiction;

/** The clearance and client-assignment migrations and a save on a real PostgreSQL, through the facades. */
@PostgresTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceOnPostgresTest {

    @Autowired
    ClearanceTransactions transactions;
    @Autowired
    ClientDirectory clients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.tradedesk.clearance.persistence.IssueStore issues;

    @Test
    void theMigrationsCreateTheTables() {
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_name in "
                + "('clearance_transaction', 'clearance_document', 'clearance_history', 'client_assignment')", String.class))
                .containsExactlyInAnyOrder("clearance_transaction", "clearance_document", "clearance_history", "client_assignment");
    }

    @Test
    void savesAFileWithADocumentACaptureAndItsHistoryAndRefusesStaleAndClosedChanges() {
        long client = clients.create(new ClientDetails("台灣酒品進口股份有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        assertThat(clients.isAssigned(new ClientId(client), "coordinator")).isTrue();
        TransactionDetails details = new TransactionDetails(new ClientId(client), Direction.IMPORT, Jurisdiction.TW, TransportMode.SEA,
                Incoterm.CIF, "KHH-PG-1", new Parties("台灣酒品進口", "Barossa Valley Wines", null, "長榮海運", null), "AUADL", "TWKHH",
                LocalDate.of(2026, 3, 2), null, null, null, null);
        TransactionView created = transactions.create(details);
        TransactionId id = TransactionId.of(created.id());
        byte[] file = "裝箱單 0001".getBytes(StandardCharsets.UTF_8);
        transactions.upload(id, null, DocumentType.PACKING_LIST, "裝箱單.txt", "text/plain", file);
        transactions.captureInvoice(id, null, new CapturedInvoice("MANUAL", false, "INV-1", LocalDate.of(2026, 2, 20), "AUD", null,
                "AU", null, "TW", "CIF", "Kaohsiung", new BigDecimal("4200.00"), null, null, List.of(new CapturedInvoice.CapturedLine(1,
                        "Shiraz 750 ml", "2204.21.00.00-1", "AU", new BigDecimal("600"), "BO", null, null, new BigDecimal("7"),
                        new BigDecimal("4200.00"), null, null, null))));

        TransactionView read = transactions.transaction(id);
        assertThat(read.details().parties().carrier()).isEqualTo("長榮海運");
        assertThat(read.documents()).hasSize(2);
        assertThat(transactions.file(id, read.documents().get(0).id()).content()).isEqualTo(file);
        assertThat(read.documents().get(1).captured().lines().get(0).amount()).isEqualByComparingTo("4200.00");
        assertThat(read.deadlines().get(0).lastDay()).isEqualTo(LocalDate.of(2026, 3, 17));

        long version = read.transaction().version();
        assertThatThrownBy(() -> transactions.move(id, version - 1, TransactionStatus.DOCUMENTS_COMPLETE, null))
                .isInstanceOf(StaleTransactionEdit.class);
        // the file arrived and was never declared: closing it needs the reason recorded (the lodgement deadline runs)
        transactions.move(id, version, TransactionStatus.CLOSED, null, "Shipment returned to the seller");
        assertThatThrownBy(() -> transactions.update(id, version + 1, details)).isInstanceOf(TransactionClosed.class);
        List<HistoryEntry> history = transactions.history(id);
        assertThat(history).extracting(h -> h.what().code()).containsExactly("clearance.history.closed-with-deadlines",
                "clearance.history.status", "clearance.history.invoice-captured", "clearance.history.document-added", "clearance.history.created");
        assertThat(history.get(3).what().args()).hasSize(4);
    }

    /**
     * Review R12: the unique index on the finding's key (varchar 1000) exceeded PostgreSQL's b-tree entry limit for a long
     * key in Chinese (1000 characters are 3000 bytes in UTF-8): the issue could not be opened. The key's SHA-256 is indexed;
     * one issue per finding and file still holds.
     */
    @Test
    void anIssueFromAFindingWithALongChineseKeyIsOpenedOnceOnly() {
        long client = clients.create(new ClientDetails("長鍵測試貿易有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        TransactionView created = transactions.create(new TransactionDetails(new ClientId(client), Direction.IMPORT, Jurisdiction.TW,
                TransportMode.SEA, Incoterm.CIF, "KHH-PG-R12", null, null, null, null, null, null, null, null));
        String key = "cross.parties|" + "長".repeat(985);
        assertThat(key).hasSize(999);
        org.tradedesk.clearance.IssueView.FindingLink link = new org.tradedesk.clearance.IssueView.FindingLink(key, "cross.parties",
                "WARNING", null, org.tradedesk.shared.MessageText.of("clearance.finding.document-missing"),
                org.tradedesk.shared.MessageText.of("clearance.issue.from-finding.implications.WARNING"), null);
        org.tradedesk.clearance.IssueDetails details = new org.tradedesk.clearance.IssueDetails("[cross.parties]", "WARNING", 3, 3,
                "coordinator");
        long issue = issues.raiseFromFinding(created.id(), details, link, "coordinator", java.time.Instant.now()).id();
        assertThat(issues.existing(created.id(), key)).contains(issue);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> issues.raiseFromFinding(created.id(), details, link, "coordinator",
                java.time.Instant.now())).isInstanceOf(org.tradedesk.clearance.FindingHasIssue.class);
        // the database holds the key's hash under its unique index, too (two rows for one finding are refused there)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("insert into clearance_issue (transaction_id, description,"
                + " implications, likelihood, impact, owner, status, created_by, created_at, updated_at, version, finding_key,"
                + " finding_key_sha256) select transaction_id, description, implications, likelihood, impact, owner, status,"
                + " created_by, created_at, updated_at, 0, finding_key, finding_key_sha256 from clearance_issue where id = ?", issue))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
