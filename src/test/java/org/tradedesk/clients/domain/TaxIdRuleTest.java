package org.tradedesk.clients.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxIdRuleTest {

    @Test
    void appliesTheRuleOfTheClientsCountry() {
        assertThat(TaxIdRule.check("TW", "22099131").valid()).isTrue();
        // A valid ABN is not a valid 統一編號 and the other way round.
        assertThat(TaxIdRule.check("TW", "51824753556").messageCode()).isEqualTo("clients.taxid.tw.format");
        assertThat(TaxIdRule.check("au", "22099131").messageCode()).isEqualTo("clients.taxid.au.format");
    }

    @Test
    void keepsOtherCountriesIdsAsGivenWithinBounds() {
        assertThat(TaxIdRule.check("JP", "T1234567890123").normalised()).isEqualTo("T1234567890123");
        assertThat(TaxIdRule.check("US", "12-3456789").valid()).isTrue();
        assertThat(TaxIdRule.check("US", "<script>").valid()).isFalse();
        assertThat(TaxIdRule.check("US", "1".repeat(33)).valid()).isFalse();
    }

    @Test
    void allowsNoTaxIdAtAll() {
        assertThat(TaxIdRule.check("TW", "  ").valid()).isTrue();
        assertThat(TaxIdRule.check("TW", null).normalised()).isNull();
    }
}
