package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** T4 R9: the invoice numbers sent to the tax engine (at most 40 characters) are cut after a whole number, the rest counted. */
class DeclarationBuildingInvoiceNumbersTest {

    @Test
    void numbersAreCutAfterAWholeNumberAndTheRestCounted() {
        String three = "INV-2026-000001, INV-2026-000002, INV-2026-000003";
        assertThat(DeclarationBuilding.invoiceNumbers(three, 40)).isEqualTo("INV-2026-000001, INV-2026-000002 (+1)");
        assertThat(DeclarationBuilding.invoiceNumbers("INV-2026-0000000000001, INV-2026-0000000000002, INV-3", 40))
                .isEqualTo("INV-2026-0000000000001 (+2)");
        assertThat(DeclarationBuilding.invoiceNumbers("A, B, C", 40)).isEqualTo("A, B, C");
        assertThat(DeclarationBuilding.invoiceNumbers("X".repeat(45), 40)).isEqualTo("X".repeat(40));
        assertThat(DeclarationBuilding.invoiceNumbers("X".repeat(45) + ", B", 40)).hasSize(40).endsWith(" (+1)");
    }
}
