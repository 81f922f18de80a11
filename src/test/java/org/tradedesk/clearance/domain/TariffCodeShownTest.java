package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.Jurisdiction;

/**
 * t4fixQ 6: the declaration page showed a tariff code raw ({@code 09021000004}, {@code 22083000.32}); it shows it as the
 * administration writes it — Taiwan's CCC code dotted with its check digit after a dash, Australia's classification
 * dotted with the statistical code after a slash.
 */
class TariffCodeShownTest {

    @Test
    void taiwanWritesTheCccCodeDottedWithItsCheckDigit() {
        assertThat(TariffCodeFormat.shown(Jurisdiction.TW, "09021000004", null)).isEqualTo("0902.10.00.00-4");
        assertThat(TariffCodeFormat.shown(Jurisdiction.TW, "0902.10.00.00-4", null)).isEqualTo("0902.10.00.00-4");
        assertThat(TariffCodeFormat.shown(Jurisdiction.TW, "09021000", "00")).isEqualTo("0902.10.00.00");
    }

    @Test
    void australiaWritesTheClassificationAndItsStatisticalCodeAfterASlash() {
        assertThat(TariffCodeFormat.shown(Jurisdiction.AU, "22083000", "32")).isEqualTo("2208.30.00/32");
        assertThat(TariffCodeFormat.shown(Jurisdiction.AU, "2208300032", null)).isEqualTo("2208.30.00/32");
        assertThat(TariffCodeFormat.shown(Jurisdiction.AU, "22083000", null)).isEqualTo("2208.30.00");
    }

    @Test
    void aCodeThatIsNoRunOfDigitsIsShownAsItIs() {
        assertThat(TariffCodeFormat.shown(Jurisdiction.AU, "ABC", "01")).isEqualTo("ABC/01");
        assertThat(TariffCodeFormat.shown(Jurisdiction.TW, null, null)).isEmpty();
    }
}
