package org.tradedesk.taxes.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.taxes.domain.ChainDefinition;

/**
 * A territory's own currency is written once, {@link Jurisdiction#localCurrency()} (clearance's declarations, forms and checks
 * read it: t1fixF 3); the tax chain of each territory states its currency as data and must state the same one, so a
 * declaration and its calculation never disagree on the currency the duties are in.
 */
class ChainCurrencyTest {

    @Test
    void everyChainOfATariffTerritoryIsInItsLocalCurrency() {
        assertThat(Jurisdiction.AU.localCurrency()).isEqualTo(CurrencyCode.AUD);
        assertThat(Jurisdiction.TW.localCurrency()).isEqualTo(CurrencyCode.TWD);
        ChainDefinitions chains = ChainDefinitions.fromClasspath();
        for (Jurisdiction j : Jurisdiction.values()) {
            assertThat(chains.all().stream().filter(c -> c.jurisdiction().equals(j.name())).map(ChainDefinition::currency).toList())
                    .as(j.name()).isNotEmpty().containsOnly(j.localCurrency());
        }
        assertThat(Arrays.stream(Jurisdiction.values()).map(Jurisdiction::localCurrency).distinct()).hasSize(Jurisdiction.values().length);
    }
}
