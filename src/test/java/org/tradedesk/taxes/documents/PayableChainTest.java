package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.ChainDefinition;

/**
 * Issue 6 (t1small 4): a saved total is shown in the payable unit of the chain the calculation ran on — the version it
 * recorded, else the chain in force on its date — never today's chain: a Taiwanese calculation saved while the chain paid
 * whole NT$ still reads TWD 604,104 after a chain paying in cents has come into force. The chains are the one loaded set
 * (the bean is {@link ChainDefinitions#shipped()}), not a copy read again from the files.
 */
class PayableChainTest {

    private static final BigDecimal SAVED = new BigDecimal("604104.000000");

    /** TW.json until the end of 2025, and a later version of it from 2026 whose payable unit is the cent. */
    private static ChainDefinitions twoVersions() throws Exception {
        String tw;
        try (InputStream in = PayableChainTest.class.getClassLoader().getResourceAsStream("taxes/chains/TW.json")) {
            tw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String old = tw.replaceFirst("\"version\": \"[^\"]+\"", "\"version\": \"TW-OLD\"")
                .replaceFirst("\"from\": \"2000-01-01\",", "\"from\": \"2000-01-01\", \"to\": \"2025-12-31\",");
        String changed = tw.replaceFirst("\"version\": \"[^\"]+\"", "\"version\": \"TW-NEW\"")
                .replaceFirst("\"from\": \"2000-01-01\"", "\"from\": \"2026-01-01\"")
                .replaceFirst("\"displayRounding\": \"TRUNCATE_0\"", "\"displayRounding\": \"HALF_UP_2\"");
        ChainDefinition before = ChainDefinitions.parse("TW-OLD", old);
        ChainDefinition after = ChainDefinitions.parse("TW-NEW", changed);
        assertThat(before.displayRounding().scale()).isZero();
        assertThat(after.displayRounding().scale()).isEqualTo(2);
        return new ChainDefinitions(List.of(before, after));
    }

    @Test
    void aTotalIsPayableInTheUnitOfTheChainInForceOnTheCalculationsDate() throws Exception {
        ChainDefinitions chains = twoVersions();
        // saved in 2025 under the whole-dollar chain: 604104, whatever chain is in force today
        assertThat(TaxDocuments.payable(SAVED, chains, "TW", null, LocalDate.of(2025, 6, 30), "TWD").toPlainString())
                .isEqualTo("604104");
        // a calculation dated in 2026 is paid in the new chain's unit
        assertThat(TaxDocuments.payable(SAVED, chains, "TW", null, LocalDate.of(2026, 3, 2), "TWD").toPlainString())
                .isEqualTo("604104.00");
    }

    @Test
    void aSavedCalculationKeepsTheChainVersionItRanOn() throws Exception {
        ChainDefinitions chains = twoVersions();
        // the recorded version wins over the date: a reprint shows its own chain
        assertThat(TaxDocuments.payable(SAVED, chains, "TW", "TW-OLD", LocalDate.of(2026, 3, 2), "TWD").toPlainString())
                .isEqualTo("604104");
        assertThat(TaxDocuments.payable(SAVED, chains, "TW", "TW-NEW", LocalDate.of(2025, 6, 30), "TWD").toPlainString())
                .isEqualTo("604104.00");
        // a version no longer held: the chain in force on the date
        assertThat(TaxDocuments.payable(SAVED, chains, "TW", "TW-GONE", LocalDate.of(2025, 6, 30), "TWD").toPlainString())
                .isEqualTo("604104");
        // no chain held for the date: the currency's minor units
        assertThat(TaxDocuments.payable(SAVED, chains, "TW", null, LocalDate.of(1990, 1, 1), "TWD").toPlainString())
                .isEqualTo("604104.00");
    }

    @Test
    void theStaticReadersUseTheOneLoadedSet() throws Exception {
        // t2fixG: the bean of the taxes module's configuration (TaxesConfig) is this instance, not the files read again
        try (org.springframework.context.annotation.AnnotationConfigApplicationContext context =
                     new org.springframework.context.annotation.AnnotationConfigApplicationContext()) {
            context.registerBean(org.tradedesk.taxes.persistence.ExchangeRateStore.class,
                    () -> org.mockito.Mockito.mock(org.tradedesk.taxes.persistence.ExchangeRateStore.class));
            context.register(Class.forName("org.tradedesk.taxes.TaxesConfig"));
            context.refresh();
            assertThat(context.getBean(ChainDefinitions.class)).isSameAs(ChainDefinitions.shipped());
        }
        assertThat(TaxDocuments.payable(SAVED, "TW", null, LocalDate.of(2026, 3, 2), "TWD").toPlainString()).isEqualTo("604104");
    }

    @Test
    void aTotalWithoutItsJurisdictionIsPayableInTheCurrencysMinorUnits() throws Exception {
        // t2fixG: no jurisdiction recorded: no chain to look up (was a NullPointerException from the chains' map)
        ChainDefinitions chains = twoVersions();
        assertThat(chains.ranOn(null, "TW-OLD", LocalDate.of(2025, 6, 30))).isNull();
        assertThat(chains.byVersion(null, "TW-OLD")).isNull();
        // TWD has 2 minor units in ISO 4217
        assertThat(TaxDocuments.payable(SAVED, chains, null, "TW-OLD", LocalDate.of(2025, 6, 30), "TWD").toPlainString())
                .isEqualTo("604104.00");
        assertThat(TaxDocuments.payable(SAVED, null, null, LocalDate.of(2025, 6, 30), "TWD").toPlainString()).isEqualTo("604104.00");
    }
}
