package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tradedesk.clearance.ClearanceDisputes;
import org.tradedesk.clearance.ClearanceDocumentFigures;
import org.tradedesk.clearance.ClearanceTransactions;
import org.tradedesk.clearance.DecisionKind;
import org.tradedesk.clearance.Direction;
import org.tradedesk.clearance.DisputeDetails;
import org.tradedesk.clearance.DisputeOutcomeDetails;
import org.tradedesk.clearance.DisputeStepDetails;
import org.tradedesk.clearance.DisputeView;
import org.tradedesk.clearance.DocumentType;
import org.tradedesk.clearance.Parties;
import org.tradedesk.clearance.TransactionDetails;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.TransportMode;
import org.tradedesk.clearance.domain.DisputeOutcome;
import org.tradedesk.clearance.domain.DocumentFigures;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.shared.Money;
import org.tradedesk.support.PostgresTest;
import org.tradedesk.tariff.Jurisdiction;

/** The dispute and document-figure tables of migration 1640 on a real PostgreSQL, through the facades. */
@PostgresTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceDisputesOnPostgresTest {

    @Autowired
    ClearanceTransactions transactions;
    @Autowired
    ClearanceDisputes disputes;
    @Autowired
    ClearanceDocumentFigures figures;
    @Autowired
    ClientDirectory clients;

    @Test
    void aDisputeWithStepEvidenceAndOutcomeAndPackingListFigures() {
        long client = clients.create(new ClientDetails("台灣酒品進口股份有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        TransactionId id = TransactionId.of(transactions.create(new TransactionDetails(new ClientId(client), Direction.IMPORT,
                Jurisdiction.TW, TransportMode.SEA, Incoterm.CIF, "KHH-PG-2", new Parties(null, null, null, null, null), null, null,
                LocalDate.of(2026, 3, 2), null, null, null, null)).id());
        long doc = transactions.upload(id, null, DocumentType.PACKING_LIST, "裝箱單.txt", "text/plain",
                "裝箱單".getBytes(StandardCharsets.UTF_8)).id();
        figures.record(id, doc, new DocumentFigures(12, new BigDecimal("279.5"), new BigDecimal("253"), null, "長青茶業", null, null,
                null, List.of()));
        assertThat(figures.figures(id).get(doc).grossMassKg()).isEqualByComparingTo("279.5");

        // notice received 2 March 2026: 復查 by 1 April 2026 (2 March + 30 days)
        DisputeView d = disputes.open(id, new DisputeDetails(DecisionKind.RECLASSIFICATION, "AW/15/0456", "改列 2101.20",
                LocalDate.of(2026, 3, 2), null, Money.of("48250.00", "TWD"), "退還補稅"));
        assertThat(d.deadlines().get(0).lastDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        d = disputes.addStep(id, d.id(), d.version(), new DisputeStepDetails("tw-review", LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 5, 15), "申請復查"));
        // 訴願: 15 May + 30 days = Sunday 14 June 2026 → Monday 15 June (行政程序法 §48)
        assertThat(d.deadlines().get(1).lastDay()).isEqualTo(LocalDate.of(2026, 6, 15));
        d = disputes.addEvidence(id, d.id(), d.version(), doc, "裝箱單");
        d = disputes.decide(id, d.id(), d.version(), new DisputeOutcomeDetails(DisputeOutcome.PARTLY_UPHELD, LocalDate.of(2026, 6, 1),
                Money.of("12000.00", "TWD"), ""));
        DisputeView read = disputes.dispute(id, d.id());
        assertThat(read.outcome().refunded().amount()).isEqualByComparingTo("12000.00");
        assertThat(read.outcome().stillBorne(read.details().amountInDispute())).isEqualByComparingTo("36250.00");
        assertThat(read.evidence()).extracting(DisputeView.Evidence::fileName).containsExactly("裝箱單.txt");
        assertThat(read.steps()).extracting(DisputeView.Step::stepId).containsExactly("tw-review");
    }
}
