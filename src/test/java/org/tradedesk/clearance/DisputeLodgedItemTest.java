package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.DisputeAssessment.Asked;
import org.tradedesk.clearance.DisputeAssessment.LineChange;
import org.tradedesk.clearance.DisputeAssessment.Side;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.ItemSource;
import org.tradedesk.shared.Incoterm;

/**
 * Code review R3 (issue 8): "item N is invoice line N" was false — a declaration's items are numbered 1, 2… while an
 * invoice keeps its own line numbers (10, 20…), and the declaration's item choices name those; a dispute naming invoice
 * line 10 was refused. A request's line is the line as the declaration's item choices named it: for a declaration of one
 * invoice its own number (the item's source), for several invoices the items' numbers across them (as they were built),
 * for an item lodged before items kept their source its number.
 */
class DisputeLodgedItemTest {

    static DeclarationItem item(int sequence, ItemSource source) {
        return new DeclarationItem(sequence, "Sedan", "87032390", "87", "JP", "JAEPA", BigDecimal.ONE, "EA", null,
                new BigDecimal("10000"), new BigDecimal("10000"), List.of(), source);
    }

    static DeclarationMessage lodged(DeclarationItem... items) {
        return new DeclarationMessage("AU", "SYD-R3", 1, null, LocalDate.of(2026, 12, 1), null, null, null, null, null, null, null,
                Incoterm.FOB, null, "AUD", null, "AUD", new BigDecimal("20000"), null, null, null, null, null, null, List.of(items), null);
    }

    @Test
    void aRequestNamesTheInvoicesOwnLineNumberOnADeclarationOfOneInvoice() {
        DeclarationMessage oneInvoice = lodged(item(1, new ItemSource(41L, "NM-2026-91", 10)), item(2, new ItemSource(41L, "NM-2026-91", 20)));
        assertThat(DisputeEngineAssessment.item(oneInvoice, 10).sequence()).isEqualTo(1);
        assertThat(DisputeEngineAssessment.item(oneInvoice, 20).sequence()).isEqualTo(2);
        assertThat(DisputeEngineAssessment.item(oneInvoice, 1)).isNull();
        // refused at the request's line, before the engine is asked anything
        Asked lineOne = new Asked(List.of(new LineChange(1, null, new Side(null, "GENERAL", null, null))), null, null, null);
        assertThatThrownBy(() -> DisputeEngineAssessment.compute(null, lineOne, r -> {
            throw new AssertionError("the engine is not asked");
        }, LocalDate.of(2026, 12, 7), Instant.now(), oneInvoice))
                .isInstanceOfSatisfying(ClearanceInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].line"));
    }

    @Test
    void aDeclarationOfSeveralInvoicesOrWithoutSourcesIsNamedByItsItemsNumbers() {
        DeclarationMessage twoInvoices = lodged(item(1, new ItemSource(41L, "NM-1", 10)), item(2, new ItemSource(42L, "NM-2", 10)));
        assertThat(DisputeEngineAssessment.item(twoInvoices, 2).source().documentId()).isEqualTo(42L);
        assertThat(DisputeEngineAssessment.item(twoInvoices, 10)).isNull();
        DeclarationMessage before = lodged(item(1, null), item(2, null));
        assertThat(DisputeEngineAssessment.item(before, 2).sequence()).isEqualTo(2);
    }

    /**
     * t4exp: an export bears no import duty or tax, so the engine (whose chains compute them) is not asked to assess a dispute
     * on a lodged export declaration: refused with its own message, in the reader's language, before the engine is called.
     */
    @Test
    void aDisputeOnALodgedExportDeclarationIsNotAssessedByTheImportEngine() {
        DeclarationMessage export = lodged(item(1, new ItemSource(41L, "NM-2026-91", 10))).withExport(
                new DeclarationMessage.ExportParticulars(LocalDate.of(2026, 12, 1), "NZ", null));
        Asked lineTen = new Asked(List.of(new LineChange(10, null, new Side(null, "GENERAL", null, null))), null, null, null);
        assertThatThrownBy(() -> DisputeEngineAssessment.compute(null, lineTen, r -> {
            throw new AssertionError("the engine is not asked");
        }, LocalDate.of(2026, 12, 7), Instant.now(), export))
                .isInstanceOfSatisfying(ClearanceInputInvalid.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("clearance.dispute.export-assessment");
                    assertThat(e.field()).isEqualTo("lines");
                });
    }
}
